/**
 * The worker threads `passerelle import` maps formations on (`lheo-worker.ts`). The main thread
 * reads and parses the file and sends each chunk's formations as one batch, to the workers in
 * turn; the results come back in any order and are handed on strictly in the order the batches
 * were sent, so the catalogue, the report and the progress line are those of a one-thread import.
 */
import { once } from 'node:events';
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { LheoRecordResult } from '@passerelle/core';

/** What every worker is started with. */
export interface MapperSettings {
  /** Id of the shipped ruleset whose programmes tag the offers. */
  readonly ruleset?: string;
}

/** One batch of formations: core's record texts, in file order, joined. */
export interface MapperRequest {
  readonly batch: number;
  readonly records: string;
}

/** A batch mapped, or what went wrong in the worker. */
export type MapperReply =
  | {
      readonly batch: number;
      /** Each record's result; its offer is the byte length of its JSON in `json`. */
      readonly results: Array<LheoRecordResult<number>>;
      /** The valid offers' JSON, in order, each after `,\n` (UTF-8). */
      readonly json: Uint8Array;
    }
  | { readonly batch: number; readonly error: string };

/** What a batch gives back once mapped. */
export type MappedBatch = Extract<MapperReply, { results: unknown }>;

/** Below this size a file imports on one thread: starting workers would cost more than they save. */
export const WORKERS_FROM_BYTES = 4 * 1024 * 1024;

/**
 * How many mapping workers an import of `bytes` gets: none for a small file; otherwise one per
 * core beside the main thread's (which reads and parses), at least one, at most four. The
 * environment variable `PASSERELLE_IMPORT_WORKERS` (a number, 0 for none) decides instead.
 */
export function defaultWorkerCount(bytes: number, env: NodeJS.ProcessEnv = process.env): number {
  const chosen = env['PASSERELLE_IMPORT_WORKERS'];
  if (chosen !== undefined && /^\d+$/.test(chosen.trim())) return Math.min(16, Number(chosen));
  if (bytes < WORKERS_FROM_BYTES) return 0;
  return Math.min(4, Math.max(1, availableParallelism() - 1));
}

/**
 * The worker's entry. From the compiled CLI, `lheo-worker.js` beside this file; from the sources
 * (tests, benchmarks, `pnpm passerelle`), the `.ts` file through tsx, which a worker thread of
 * Node 20 does not inherit from its parent's flags.
 */
function workerEntry(): { readonly url: URL; readonly execArgv?: string[] } {
  const self = import.meta.url;
  if (!self.endsWith('.ts')) return { url: new URL('./lheo-worker.js', self) };
  // tsx's ESM API, beside its main module (`tsx/esm/api` resolved from here would give its CommonJS
  // build under tsx, whose `register` does not work in a worker).
  const tsx = new URL('./esm/api/index.mjs', pathToFileURL(createRequire(self).resolve('tsx'))).href;
  const entry = new URL('./lheo-worker.ts', self).href;
  const code = `import { register } from ${JSON.stringify(tsx)}; register(); await import(${JSON.stringify(entry)});`;
  return {
    url: new URL(`data:text/javascript,${encodeURIComponent(code)}`),
    execArgv: ['--conditions=source'],
  };
}

interface Batch {
  readonly settle: (mapped: MappedBatch) => void;
  mapped: MappedBatch | null;
}

/** A few mapping workers, and the batches sent to them that are not settled yet. */
export class RecordMappers {
  readonly #workers: Worker[];
  readonly #batches = new Map<number, Batch>();
  #sent = 0;
  #settled = 0;
  #error: Error | null = null;
  #waiters: Array<{
    readonly below: number;
    readonly done: () => void;
    readonly fail: (error: Error) => void;
  }> = [];
  #closing = false;

  constructor(count: number, settings: MapperSettings) {
    const entry = workerEntry();
    this.#workers = Array.from({ length: count }, () => {
      const worker = new Worker(entry.url, {
        workerData: settings,
        ...(entry.execArgv === undefined ? {} : { execArgv: entry.execArgv }),
      });
      worker.on('message', (reply: MapperReply) => this.#receive(reply));
      worker.on('error', (error) => this.#fail(error));
      worker.on('exit', (code) => {
        if (!this.#closing) this.#fail(new Error(`stopped (exit code ${code})`));
      });
      return worker;
    });
  }

  /** Batches sent whose results are not settled yet. */
  get inFlight(): number {
    return this.#sent - this.#settled;
  }

  /**
   * Sends one batch. `settle` receives its results once every batch sent before it was settled
   * (an empty batch is not sent, but waits its turn the same way).
   */
  send(records: readonly string[], settle: (mapped: MappedBatch) => void): void {
    if (this.#error !== null) throw this.#error;
    const batch = this.#sent;
    this.#sent += 1;
    const empty = records.length === 0 ? { batch, results: [], json: new Uint8Array(0) } : null;
    this.#batches.set(batch, { settle, mapped: empty });
    if (empty !== null) this.#pump();
    else {
      const request: MapperRequest = { batch, records: records.join('') };
      (this.#workers[batch % this.#workers.length] as Worker).postMessage(request);
    }
  }

  /** Resolves once fewer than `below` batches are in flight (0: all settled); rejects if a worker failed. */
  async waitBelow(below: number): Promise<void> {
    if (this.#error !== null) throw this.#error;
    if (this.inFlight < Math.max(1, below)) return;
    await new Promise<void>((done, fail) => this.#waiters.push({ below: Math.max(1, below), done, fail }));
  }

  /** Resolves once every batch sent is settled. */
  async drained(): Promise<void> {
    return this.waitBelow(1);
  }

  /** Lets the workers end (each finishes its batch); a failed pool's workers are stopped at once. */
  async close(): Promise<void> {
    this.#closing = true;
    await Promise.all(
      this.#workers.map(async (worker) => {
        if (this.#error !== null) return void (await worker.terminate());
        const exited = once(worker, 'exit');
        worker.postMessage(null);
        await exited;
      }),
    );
  }

  #receive(reply: MapperReply): void {
    if ('error' in reply) return this.#fail(new Error(reply.error));
    const batch = this.#batches.get(reply.batch);
    if (batch !== undefined) batch.mapped = reply;
    this.#pump();
  }

  /** Settles the batches whose turn has come, in the order they were sent. */
  #pump(): void {
    try {
      for (;;) {
        const batch = this.#batches.get(this.#settled);
        if (batch === undefined || batch.mapped === null) break;
        this.#batches.delete(this.#settled);
        this.#settled += 1;
        batch.settle(batch.mapped);
      }
    } catch (error) {
      return this.#fail(error instanceof Error ? error : new Error(String(error)));
    }
    const ready = this.#waiters.filter((waiter) => this.inFlight < waiter.below);
    this.#waiters = this.#waiters.filter((waiter) => this.inFlight >= waiter.below);
    for (const waiter of ready) waiter.done();
  }

  #fail(cause: Error): void {
    if (this.#error !== null) return;
    // A plain error (no `code`): the CLI must not take a worker's failure for a file-system one.
    const error = new Error(`lheo-worker: ${cause.message}`, { cause });
    this.#error = error;
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const waiter of waiters) waiter.fail(error);
  }
}
