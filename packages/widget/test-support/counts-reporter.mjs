// A web-test-runner reporter that writes `{ "passed": n, "failed": n }` for scripts/test-all.mjs.
// A test file that failed to load (syntax error, 404, uncaught error) counts as one failure, so a
// broken file can never pass silently.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

function countSuite(suite, counts) {
  for (const test of suite.tests) {
    if (test.skipped) continue;
    counts[test.passed ? 'passed' : 'failed'] += 1;
  }
  for (const child of suite.suites) countSuite(child, counts);
}

export function countsReporter(fileUrl) {
  const file = fileURLToPath(fileUrl);
  return {
    onTestRunFinished({ sessions }) {
      const counts = { passed: 0, failed: 0 };
      for (const session of sessions) {
        const before = counts.failed;
        if (session.testResults) countSuite(session.testResults, counts);
        const sessionFailedAlone = session.passed === false && counts.failed === before;
        if (sessionFailedAlone || session.errors.length > 0) counts.failed += 1;
      }
      mkdirSync(dirname(file), { recursive: true });
      writeFileSync(file, `${JSON.stringify(counts)}\n`);
    },
  };
}
