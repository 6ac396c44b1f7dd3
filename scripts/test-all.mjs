// Runs every suite the way CI does and ends with one line that totals them:
// "N passed, N failed". Typecheck, lint and build each count as one check; test
// runners count their tests.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';

const reportDir = '.cache/test-reports';
rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });

// Re-use the pnpm that launched us (CI runs it through npx, so it may not be on PATH).
const pnpm = process.env.npm_execpath ? `"${process.execPath}" "${process.env.npm_execpath}"` : 'pnpm';
const totals = { passed: 0, failed: 0 };
const summary = [];

function run(label, command) {
  console.log(`\n▶ ${label}: ${command}`);
  const result = spawnSync(command, { shell: true, stdio: 'inherit', env: process.env });
  return result.status === 0;
}

function check(label, command) {
  const ok = run(label, command);
  totals[ok ? 'passed' : 'failed'] += 1;
  summary.push(`${ok ? '✔' : '✘'} ${label}`);
  return ok;
}

function suite(label, command, reportFile, readCounts) {
  const ok = run(label, command);
  let counts;
  try {
    counts = readCounts(JSON.parse(readFileSync(reportFile, 'utf8')));
  } catch {
    counts = { passed: 0, failed: 1 };
  }
  // A runner that crashed or failed outside any test still counts as a failure.
  if (!ok && counts.failed === 0) counts.failed = 1;
  totals.passed += counts.passed;
  totals.failed += counts.failed;
  summary.push(
    `${counts.failed === 0 ? '✔' : '✘'} ${label}: ${counts.passed} passed, ${counts.failed} failed`,
  );
}

check('typecheck', `${pnpm} run typecheck`);
check('lint', `${pnpm} run lint`);
const built = check('build (tsc, generated reference data, one-file script)', `${pnpm} run build`);
// typedoc.json turns every warning into an error: a doc comment TypeDoc cannot read fails here.
check('API reference (TypeDoc, no warning)', `${pnpm} run docs`);
suite(
  'unit and integration tests (vitest, Node)',
  `${pnpm} exec vitest run --reporter=default --reporter=json --outputFile.json=${reportDir}/vitest.json`,
  `${reportDir}/vitest.json`,
  (report) => ({ passed: report.numPassedTests, failed: report.numFailedTests }),
);
// The example pages' end-to-end tests open them on the demo catalogue, which is generated, not committed.
const demo =
  built &&
  check(
    'demo data for the example pages',
    'node packages/data/dist/cli/main.js build-demo --out examples/demo-data',
  );
if (demo) {
  suite(
    'browser tests (web-test-runner, Chromium)',
    `${pnpm} run test:browser`,
    `${reportDir}/browser.json`,
    (report) => ({ passed: report.passed, failed: report.failed }),
  );
} else {
  totals.failed += 1;
  summary.push('✘ browser tests not run: the build or the demo data failed');
}

console.log(`\n${summary.join('\n')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed`);
process.exit(totals.failed === 0 ? 0 : 1);
