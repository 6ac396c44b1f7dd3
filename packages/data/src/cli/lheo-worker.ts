/**
 * A worker thread of `passerelle import`: maps the formations the main thread read (as text, see
 * core's `createDeferredLheoImporter`), checks them and writes each valid offer's JSON, so that
 * reading the XML and mapping the records run at the same time. It keeps nothing from one batch
 * to the next: the main thread settles the results in file order.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { compileRuleset, createLheoRecordMapper, matchProgrammes, type Offer } from '@passerelle/core';
import { getRuleset } from '../rulesets/index.js';
import type { MapperSettings, MapperReply, MapperRequest } from './lheo-workers.js';

const port = parentPort;
if (port === null) throw new Error('lheo-worker: to be started as a worker thread');

const settings = workerData as MapperSettings;
let programmesFor: ((offer: Offer) => readonly string[]) | undefined;
if (settings.ruleset !== undefined) {
  const ruleset = getRuleset(settings.ruleset);
  if (ruleset === undefined) throw new Error(`lheo-worker: unknown ruleset ${settings.ruleset}`);
  const compiled = compileRuleset(ruleset);
  programmesFor = (offer) => matchProgrammes(offer, compiled);
}
const mapper = createLheoRecordMapper(programmesFor === undefined ? {} : { programmesFor });
const encoder = new TextEncoder();

port.on('message', (request: MapperRequest | null) => {
  // `null`: no more batches; closing the port lets the thread end.
  if (request === null) return port.close();
  try {
    // The batch's offers as one UTF-8 text, each `,\n` then its JSON; a result says how many
    // bytes its offer takes. Encoding here spares the main thread, and the bytes move, uncopied.
    const texts: string[] = [];
    const results = mapper.mapAll(request.records).map((result) => {
      if (result.offer === null) return { ...result, offer: null };
      const text = `,\n${JSON.stringify(result.offer)}`;
      texts.push(text);
      return { ...result, offer: Buffer.byteLength(text) };
    });
    const json = encoder.encode(texts.join(''));
    const reply: MapperReply = { batch: request.batch, results, json };
    port.postMessage(reply, [json.buffer]);
  } catch (error) {
    const reason = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ batch: request.batch, error: reason } satisfies MapperReply);
  }
});
