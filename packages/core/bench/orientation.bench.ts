/**
 * Orientation benchmark: evaluations per second of `orient()` on random situations (situation
 * validation included), for each shipped ruleset. Target: over 50,000 per second, so the widget can
 * re-evaluate on every answer. Also times `nextQuestion`, `parseRuleset` and `compileRuleset`.
 *
 * Run: `pnpm bench orientation` (tsx, source condition). The rulesets are read from the data
 * package's JSON files, as the CLI and the widget ship them.
 */
import { readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import {
  BARRIER_VALUES,
  EASE_VALUES,
  EMPLOYMENT_VALUES,
  FRENCH_SPEAKING_VALUES,
  LEVEL_VALUES,
  PROJECT_VALUES,
  SCHOOLING_VALUES,
  compileRuleset,
  nextQuestion,
  orient,
  parseRuleset,
  type Ruleset,
  type Situation,
} from '@passerelle/core';

const TARGET_PER_SECOND = 50_000;
const SITUATIONS = 20_000;
const RULESETS = ['nouvelle-aquitaine', 'centre-val-de-loire'];

/** Small deterministic PRNG (mulberry32), so every run measures the same situations. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function randomSituation(random: () => number): Situation {
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;
  // Each field answered with probability 0.7: partial situations, as in a real conversation.
  const maybe = <T>(value: () => T): T | undefined => (random() < 0.7 ? value() : undefined);
  const situation: Record<string, unknown> = {
    age: maybe(() => Math.floor(random() * 70) + 12),
    employment: maybe(() => pick(EMPLOYMENT_VALUES)),
    registeredWithFranceTravail: maybe(() => random() < 0.5),
    rsa: maybe(() => random() < 0.3),
    disabilityRecognition: maybe(() => random() < 0.2),
    schooling: maybe(() => pick(SCHOOLING_VALUES)),
    frenchSpeaking: maybe(() => pick(FRENCH_SPEAKING_VALUES)),
    readingWriting: maybe(() => pick(EASE_VALUES)),
    numeracy: maybe(() => pick(EASE_VALUES)),
    digitalSkills: maybe(() => pick(EASE_VALUES)),
    highestLevel: maybe(() => pick(LEVEL_VALUES)),
    levelObsolete: maybe(() => random() < 0.3),
    project: maybe(() => pick(PROJECT_VALUES)),
    experienceYears: maybe(() => Math.round(random() * 60) / 10),
    wantsToWorkNow: maybe(() => random() < 0.5),
    barriers: maybe(() => BARRIER_VALUES.filter(() => random() < 0.2)),
  };
  for (const key of Object.keys(situation)) if (situation[key] === undefined) delete situation[key];
  return situation as Situation;
}

interface Rate {
  /** Per second of wall-clock time. */
  readonly wall: number;
  /** Per second of this process's CPU time: what the work costs, even on a busy shared machine. */
  readonly cpu: number;
}

/** Runs `work` over the situations for about `seconds`, returns operations per second. */
function measure(
  situations: readonly Situation[],
  seconds: number,
  work: (situation: Situation) => unknown,
): Rate {
  for (let i = 0; i < 2_000; i += 1) work(situations[i % situations.length] as Situation); // warm-up
  let count = 0;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  let now = start;
  while (now - start < seconds * 1000) {
    for (let i = 0; i < 1_000; i += 1) work(situations[(count + i) % situations.length] as Situation);
    count += 1_000;
    now = performance.now();
  }
  const cpu = process.cpuUsage(cpuStart);
  return { wall: (count / (now - start)) * 1000, cpu: (count / (cpu.user + cpu.system)) * 1e6 };
}

const format = (n: number): string => Math.round(n).toLocaleString('en-US');
const random = prng(20261122);
const situations = Array.from({ length: SITUATIONS }, () => randomSituation(random));
let allMet = true;

console.log(
  `Orientation: ${SITUATIONS.toLocaleString('en-US')} random partial situations, Node ${process.version}`,
);
for (const id of RULESETS) {
  const text = readFileSync(new URL(`../../data/src/rulesets/${id}.json`, import.meta.url), 'utf8');
  let t = performance.now();
  const parsed = parseRuleset(text);
  const parseMs = performance.now() - t;
  if (!parsed.ok) throw new Error(`${id}: ${JSON.stringify(parsed.error)}`);
  const ruleset: Ruleset = parsed.value;
  t = performance.now();
  const compiled = compileRuleset(ruleset);
  const compileMs = performance.now() - t;

  let failures = 0;
  const perSecond = measure(situations, 2, (situation) => {
    if (!orient(situation, compiled).ok) failures += 1;
  });
  const nextPerSecond = measure(situations, 1, (situation) => nextQuestion(situation, compiled));
  const met = perSecond.cpu > TARGET_PER_SECOND && failures === 0;
  allMet &&= met;
  console.log(`\n${id}`);
  console.log(`  parseRuleset: ${parseMs.toFixed(1)} ms, compileRuleset: ${compileMs.toFixed(2)} ms`);
  console.log(
    `  orient():       ${format(perSecond.cpu)} evaluations per CPU-second (${(1e6 / perSecond.cpu).toFixed(1)} µs each); ${format(perSecond.wall)}/s wall-clock`,
  );
  console.log(
    `  nextQuestion(): ${format(nextPerSecond.cpu)} calls per CPU-second (${(1e3 / nextPerSecond.cpu).toFixed(2)} ms each); ${format(nextPerSecond.wall)}/s wall-clock`,
  );
  console.log(
    `  target > ${format(TARGET_PER_SECOND)} evaluations per CPU-second: ${met ? 'MET' : 'NOT MET'}${failures > 0 ? ` (${failures} rejected situations!)` : ''}`,
  );
}
console.log(
  `\nLoad average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(
      ' ',
    )} on ${cpus().length} CPU(s): on a busy shared machine the wall-clock rate understates the engine.`,
);
console.log(`\nOrientation target ${allMet ? 'met' : 'NOT met'} for every ruleset.`);
process.exitCode = allMet ? 0 : 1;
