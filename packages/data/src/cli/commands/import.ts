/**
 * `passerelle import <file.xml> --out <catalogue.json> [--report <report.json>] [--ruleset <id>]`
 *
 * Streams an LHÉO file into core's importer and streams the catalogue and the report to disk, so
 * a file of hundreds of MB imports with flat memory: nothing holds the whole document or the whole
 * catalogue. Malformed XML or a file that is no LHÉO 2.x stops the import (exit 2): `--out` is
 * then left untouched, and the offers read before the stop go to `<out>.partiel.json`.
 */
import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm, stat } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import {
  CATALOGUE_FORMAT,
  CATALOGUE_VERSION,
  compileRuleset,
  createDeferredLheoImporter,
  createLheoImporter,
  parseCatalogueMeta,
  matchProgrammes,
  type CatalogueMeta,
  type LheoImportSummary,
  type LheoProblem,
  type Offer,
} from '@passerelle/core';
import { getRuleset, rulesetIds } from '../../rulesets/index.js';
import { CliError, UsageError, type CommandIO } from '../command.js';
import { parseCommandArgs } from '../arguments.js';
import { progressLine } from '../progress.js';
import { LheoInputDecoder, type DecodedInput } from '../lheo-input.js';
import { defaultWorkerCount, RecordMappers } from '../lheo-workers.js';

const USAGE = `Usage : passerelle import <fichier.xml> --out <catalogue.json> [--report <rapport.json>] [--ruleset <id>] [--licence <texte>]

Lit un export LHÉO (2.2 ou 2.3) en flux et écrit le catalogue Passerelle.
  --out       catalogue JSON à écrire (obligatoire)
  --report    rapport JSON de chaque problème (numéro, ligne, champ, raison, sort)
  --ruleset   jeu de règles dont les programmes étiquettent les offres (ex. nouvelle-aquitaine)
  --licence   licence des données, reprise dans le catalogue (par défaut « inconnue »)

Si l'import s'arrête (XML mal formé), le catalogue --out n'est pas modifié : les formations lues
avant l'arrêt sont écrites dans <catalogue>.partiel.json. Dans un terminal, une ligne de
progression (formations et Mo lus) s'affiche sur la sortie d'erreur pendant les longs imports.`;

/** How many problems are shown on screen when no report file was asked for. */
const SHOWN_PROBLEMS = 10;

export interface LheoFileImport {
  /** LHÉO file to read. */
  readonly input: string;
  /** How to name the input in messages (the path as the user typed it). */
  readonly displayName?: string;
  /** Catalogue JSON to write. */
  readonly out: string;
  /** Report JSON to write (every problem, and the summary). */
  readonly report?: string;
  readonly licence?: string;
  readonly ruleset?: { readonly id: string; readonly programmesFor: (offer: Offer) => readonly string[] };
  /** Sees each problem too (the CLI shows the first ones). */
  readonly onProblem?: (problem: LheoProblem) => void;
  /** Warnings about the file as a whole (an unknown namespace). */
  readonly onWarning?: (message: string) => void;
  /** Called after each chunk read: bytes read, file size, offers kept so far. */
  readonly onProgress?: (bytes: number, total: number, offers: number) => void;
  /**
   * Worker threads that map the records while this one reads the file (0: all on this thread).
   * By default none for a small file, else one per other core. The output is the same either way.
   */
  readonly workers?: number;
}

export interface LheoFileImportResult {
  readonly summary: LheoImportSummary;
  /** How the bytes were read: the encoding used, the one declared, and any repair. */
  readonly decoded: DecodedInput;
  /**
   * The catalogue file written: `out`, or when the import stopped on a fatal error the partial
   * file (`partialName(out)`) when offers were read before it, `null` when none were.
   */
  readonly catalogue: string | null;
}

const IO_REASONS: Readonly<Record<string, string>> = {
  ENOENT: 'dossier ou fichier inexistant',
  EACCES: 'permission refusée',
  EPERM: 'opération non permise',
  EISDIR: "c'est un dossier",
  ENOSPC: 'disque plein',
  EROFS: 'système de fichiers en lecture seule',
};

/** A file-system failure as a French user error (the path and the reason, no stack trace). */
function ioError(error: unknown): unknown {
  const { code, path } = error as NodeJS.ErrnoException;
  if (code === undefined) return error;
  const where = path === undefined ? '' : ` ${path.replace(/\.partial$/, '')}`;
  return new CliError(`lecture ou écriture impossible${where} : ${IO_REASONS[code] ?? code}`);
}

/** Writes text, waiting when the stream asks us to (so a slow disk does not fill memory). */
async function drained(stream: WriteStream): Promise<void> {
  if (stream.writableNeedDrain) await once(stream, 'drain');
}

async function closeStream(stream: WriteStream, text: string): Promise<void> {
  await new Promise<void>((done, fail) => {
    stream.once('error', fail);
    stream.end(text, () => done());
  });
}

function openOutput(path: string): WriteStream {
  return createWriteStream(path, { encoding: 'utf8' });
}

/**
 * Imports an LHÉO file into a catalogue file (and a report file), streaming both ways.
 * Outputs are written to `<path>.partial` then renamed, so a crash never leaves half a catalogue.
 */
export async function importLheoFile(options: LheoFileImport): Promise<LheoFileImportResult> {
  const name = options.displayName ?? options.input;
  const info = await stat(options.input).catch(() => undefined);
  if (info === undefined) throw new CliError(`fichier introuvable : ${name}`);
  if (!info.isFile()) throw new CliError(`${name} n'est pas un fichier`);

  const meta: CatalogueMeta = {
    source: basename(options.input),
    generatedAt: new Date().toISOString(),
    licence: options.licence ?? 'inconnue',
    demo: false,
    ...(options.ruleset === undefined ? {} : { ruleset: options.ruleset.id }),
  };
  const checkedMeta = parseCatalogueMeta(meta);
  if (!checkedMeta.ok) throw new CliError(`métadonnées du catalogue invalides (--licence vide ?)`);

  const catalogueTemp = `${options.out}.partial`;
  const reportTemp = options.report === undefined ? undefined : `${options.report}.partial`;
  const catalogue = openOutput(catalogueTemp);
  const report = reportTemp === undefined ? undefined : openOutput(reportTemp);
  const failed = new Promise<never>((_, fail) => {
    catalogue.once('error', fail);
    report?.once('error', fail);
  });
  failed.catch(() => undefined);

  catalogue.write(
    `{"format":${JSON.stringify(CATALOGUE_FORMAT)},"version":${CATALOGUE_VERSION},"meta":${JSON.stringify(meta)},"offers":[`,
  );
  report?.write(`{"source":${JSON.stringify(basename(options.input))},"problems":[`);
  let offerCount = 0;
  let problemCount = 0;
  // Offers and problems of one input chunk are written in one go: far fewer, larger writes.
  let offerBatch: string[] = [];
  /** The same, as the workers' UTF-8 bytes. */
  let offerBytes: Uint8Array[] = [];
  let problemBatch: string[] = [];
  const writeBatches = (): void => {
    if (offerBatch.length > 0) catalogue.write(offerBatch.join(''));
    if (offerBytes.length > 0)
      catalogue.write(offerBytes.length === 1 ? offerBytes[0] : Buffer.concat(offerBytes));
    if (problemBatch.length > 0) report?.write(problemBatch.join(''));
    offerBatch = [];
    offerBytes = [];
    problemBatch = [];
  };
  const writeOffer = (json: string): void => {
    offerBatch.push(`${offerCount === 0 ? '\n' : ',\n'}${json}`);
    offerCount += 1;
  };
  const onProblem = (problem: LheoProblem): void => {
    if (report !== undefined)
      problemBatch.push(`${problemCount === 0 ? '\n' : ',\n'}${JSON.stringify(problem)}`);
    problemCount += 1;
    options.onProblem?.(problem);
  };
  const logger = options.onWarning === undefined ? {} : { logger: { warn: options.onWarning } };

  // With workers, this thread reads and parses, the workers map and check the records (core's
  // importer in two halves): each chunk's formations go out as one batch, and the chunk's offers,
  // problems and progress are written once its batch is settled, in file order.
  const workers =
    options.ruleset === undefined || getRuleset(options.ruleset.id) !== undefined
      ? (options.workers ?? defaultWorkerCount(info.size))
      : 0;
  const mappers =
    workers > 0
      ? new RecordMappers(workers, options.ruleset === undefined ? {} : { ruleset: options.ruleset.id })
      : null;
  let records: string[] = [];
  /** The JSON bytes of the batch being settled, and where its next offer starts. */
  let batchJson: Uint8Array = new Uint8Array(0);
  let offerStart = 0;
  const deferred =
    mappers === null
      ? null
      : createDeferredLheoImporter<number>({
          onRecord: (record) => records.push(record),
          onOffer: (length) => {
            // Each offer comes after `,\n`: the first of the catalogue after `\n` only.
            const skip = offerCount === 0 ? 1 : 0;
            offerBytes.push(batchJson.subarray(offerStart + skip, offerStart + length));
            offerCount += 1;
          },
          onProblem,
          ...logger,
        });
  const importer =
    deferred ??
    createLheoImporter({
      onOffer: (offer) => writeOffer(JSON.stringify(offer)),
      onProblem,
      ...(options.ruleset === undefined ? {} : { programmesFor: options.ruleset.programmesFor }),
      ...logger,
    });
  /** Hands the records read so far to the workers; `then` runs once they are settled. */
  const sendRecords = (then: () => void): void => {
    if (mappers === null || deferred === null) return then();
    const batch = records;
    records = [];
    mappers.send(batch, ({ results, json }) => {
      batchJson = json;
      let next = 0;
      for (const result of results) {
        offerStart = next;
        if (result.offer !== null) next += result.offer;
        deferred.settle(result);
      }
      then();
    });
  };

  let decoded: DecodedInput;
  let summary: LheoImportSummary;
  try {
    // 64 KiB reads. Larger chunks are no faster, and each chunk's text becomes a string that the
    // parsed names and values may slice: 1 MiB chunks (large objects, freed only by a full GC)
    // took peak RSS from about 125 MB to about 240 MB on the 100 MB benchmark file.
    const input = createReadStream(options.input, { highWaterMark: 1 << 16 });
    // The decoder picks the encoding from the first bytes (and names what is no XML at all),
    // replaces invalid UTF-8 and reports it through the importer instead of refusing the file.
    const decoder = new LheoInputDecoder(name, importer);
    let bytesRead = 0;
    for await (const chunk of input as AsyncIterable<Buffer>) {
      decoder.push(chunk);
      bytesRead += chunk.length;
      const bytes = bytesRead;
      sendRecords(() => {
        writeBatches();
        options.onProgress?.(bytes, info.size, offerCount);
      });
      // Memory stays bounded: a few batches in flight per worker, no more.
      if (mappers !== null) await Promise.race([mappers.waitBelow(4 * workers), failed]);
      await Promise.race([Promise.all([drained(catalogue), report && drained(report)]), failed]);
    }
    decoded = decoder.end();
    if (deferred !== null && mappers !== null) {
      deferred.finish();
      sendRecords(() => undefined);
      await Promise.race([mappers.drained(), failed]);
    }
    summary = importer.end();
    writeBatches();
    await Promise.race([closeStream(catalogue, `${offerCount === 0 ? '' : '\n'}]}\n`), failed]);
    if (report !== undefined) {
      const end = `${problemCount === 0 ? '' : '\n'}],"encoding":${JSON.stringify(decoded)},"summary":${JSON.stringify(summary)}}\n`;
      await Promise.race([closeStream(report, end), failed]);
    }
  } catch (error) {
    catalogue.destroy();
    report?.destroy();
    await rm(catalogueTemp, { force: true });
    if (reportTemp !== undefined) await rm(reportTemp, { force: true });
    if (error instanceof CliError) throw error;
    throw ioError(error);
  } finally {
    await mappers?.close();
  }
  if (reportTemp !== undefined && options.report !== undefined) await rename(reportTemp, options.report);
  // A stopped import never replaces the catalogue named by --out: what it read before the stop
  // goes under a name that says it is partial, and nothing at all when it read nothing.
  let written: string | null = options.out;
  if (summary.fatal !== undefined) written = summary.offers.kept > 0 ? partialName(options.out) : null;
  if (written === null) await rm(catalogueTemp, { force: true });
  else await rename(catalogueTemp, written);
  return { summary, decoded, catalogue: written };
}

/** Where a stopped import puts the offers it read: `catalogue.json` → `catalogue.partiel.json`. */
export function partialName(out: string): string {
  const extension = extname(out);
  return `${out.slice(0, out.length - extension.length)}.partiel${extension}`;
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${count} ${count <= 1 ? singular : pluralForm}`;
}

/** The French summary printed after an import. */
export function formatSummary(file: string, summary: LheoImportSummary): string {
  // Formations, actions and sessions are all feminine: « 1 lue, 2 gardées ».
  const agree = (count: number, word: string): string => `${count} ${count <= 1 ? word : `${word}s`}`;
  const line = (label: string, count: LheoImportSummary['offers']): string =>
    `  ${label.padEnd(11)}: ${agree(count.read, 'lue')}, ${agree(count.kept, 'gardée')}, ${agree(count.rejected, 'écartée')}`;
  const version =
    summary.namespace === 'http://www.lheo.org/2.2'
      ? 'LHÉO 2.2'
      : summary.namespace === 'http://lheo.gouv.fr/2.3'
        ? 'LHÉO 2.3'
        : summary.namespace === '' || summary.namespace === null
          ? 'LHÉO sans espace de noms'
          : `espace de noms ${summary.namespace}`;
  const p = summary.problems;
  const total = p.rejected + p.dropped + p.repaired + p.ignored;
  return [
    `Import de ${file} (${version}) :`,
    line('formations', summary.offers),
    line('actions', summary.actions),
    line('sessions', summary.sessions),
    `  problèmes  : ${plural(total, 'signalé', 'signalés')} (${plural(p.rejected, 'rejet')}, ${plural(p.dropped, 'valeur ignorée', 'valeurs ignorées')}, ${plural(p.repaired, 'valeur réparée', 'valeurs réparées')}, ${plural(p.ignored, 'élément inconnu', 'éléments inconnus')})`,
  ].join('\n');
}

const OUTCOME_LABELS: Readonly<Record<LheoProblem['outcome'], string>> = {
  rejected: 'écarté',
  dropped: 'valeur ignorée',
  repaired: 'réparé',
  ignored: 'ignoré',
};

function formatProblem(file: string, problem: LheoProblem): string {
  const record = `${problem.record} ${problem.numero ?? '(sans numéro)'}`;
  return `${file}:${problem.line} — ${record}, ${problem.field} [${OUTCOME_LABELS[problem.outcome]}] : ${problem.reason}`;
}

/** Programme tagging for `--ruleset`: the shipped ruleset's matchers, compiled once. */
export function loadRuleset(id: string): NonNullable<LheoFileImport['ruleset']> {
  const ruleset = getRuleset(id);
  if (ruleset === undefined) {
    throw new CliError(`jeu de règles inconnu : « ${id} » (jeux connus : ${rulesetIds.join(', ')})`);
  }
  const compiled = compileRuleset(ruleset);
  return { id, programmesFor: (offer) => matchProgrammes(offer, compiled) };
}

export async function run(args: readonly string[], io: CommandIO): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      out: { type: 'string' },
      report: { type: 'string' },
      ruleset: { type: 'string' },
      licence: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
    USAGE,
  );
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`indiquez un seul fichier LHÉO à importer.\n\n${USAGE}`);
  if (values.out === undefined) throw new UsageError(`--out <catalogue.json> est obligatoire.\n\n${USAGE}`);
  const file = positionals[0] as string;
  const ruleset = values.ruleset === undefined ? undefined : loadRuleset(values.ruleset);

  const shown: LheoProblem[] = [];
  const name = basename(file);
  const out = resolve(io.cwd, values.out);
  const progress = progressLine(io, 'Import', 'formations gardées');
  const { summary, decoded, catalogue } = await importLheoFile({
    input: resolve(io.cwd, file),
    displayName: file,
    out,
    ...(values.report === undefined ? {} : { report: resolve(io.cwd, values.report) }),
    ...(values.licence === undefined ? {} : { licence: values.licence }),
    ...(ruleset === undefined ? {} : { ruleset }),
    onProblem: (problem) => {
      if (shown.length < SHOWN_PROBLEMS) shown.push(problem);
    },
    onWarning: (message) => {
      progress.end();
      io.stderr.write(`Attention : ${name} : ${message}\n`);
    },
    onProgress: (bytes, total, offers) => progress.update(bytes, total, offers),
  }).finally(() => progress.end());

  // A stopped import says so first: nothing below reads as if the catalogue were complete.
  if (summary.fatal !== undefined) io.stderr.write(`Erreur : ${name} : ${summary.fatal.message}\n`);
  // Stopped before any record (a file that is no LHÉO 2.x): there are no counts to show.
  if (summary.fatal === undefined || summary.offers.read > 0) {
    io.stdout.write(`${formatSummary(name, summary)}\n`);
  }
  if (decoded.repaired !== null) io.stdout.write(`Encodage : ${decoded.repaired}\n`);
  if (summary.fatal === undefined) {
    io.stdout.write(`Catalogue écrit : ${values.out}\n`);
    if (summary.offers.read === 0) {
      io.stderr.write(
        `Attention : ${name} : aucun élément <formation> dans ce fichier ; est-ce bien un export d'offres LHÉO ?\n`,
      );
    }
  } else if (catalogue === null) {
    io.stdout.write(
      `Aucun catalogue écrit : aucune formation lue avant l'arrêt (${values.out} n'a pas été modifié).\n`,
    );
  } else {
    io.stdout.write(
      `Catalogue partiel écrit : ${partialName(values.out)} (les formations lues avant l'arrêt ; ${values.out} n'a pas été modifié).\n`,
    );
  }
  const total = Object.values(summary.problems).reduce((sum, n) => sum + n, 0);
  if (values.report !== undefined) {
    io.stdout.write(`Rapport écrit : ${values.report}\n`);
  } else if (total > 0) {
    io.stdout.write(`${shown.map((problem) => formatProblem(name, problem)).join('\n')}\n`);
    if (total > shown.length)
      io.stdout.write(
        `… et ${total - shown.length} autre(s) : ajoutez --report <rapport.json> pour tout voir.\n`,
      );
  }
  return summary.fatal === undefined ? 0 : 2;
}
