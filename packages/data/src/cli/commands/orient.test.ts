import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { orient } from '@passerelle/core';
import { getRuleset } from '../../rulesets/index.js';
import { CliError } from '../command.js';
import { run } from './orient.js';
import { fakeIo, useTempDir } from '../test-support/fake-io.js';

const dir = useTempDir('passerelle-orient-');

function situationFile(name: string, content: unknown): string {
  writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content));
  return name;
}

const situation = {
  age: 19,
  employment: 'job-seeker',
  schooling: 'in-french',
  readingWriting: 'difficult',
  barriers: ['mobility'],
};

describe('passerelle orient', () => {
  it('prints exactly the Orientation as JSON with --json, and nothing on stderr', async () => {
    const io = fakeIo(dir);
    expect(await run([situationFile('s.json', situation), '--json'], io)).toBe(0);
    const expected = orient(situation, getRuleset('nouvelle-aquitaine') as never);
    expect(JSON.parse(io.out())).toEqual(expected.ok ? JSON.parse(JSON.stringify(expected.value)) : null);
    expect(Object.keys(JSON.parse(io.out()) as object)).toEqual([
      'needs',
      'steps',
      'programmes',
      'relays',
      'toCheck',
    ]);
    expect(io.err()).toBe('');
  });

  it('uses the ruleset given by --ruleset', async () => {
    const io = fakeIo(dir);
    expect(
      await run([situationFile('s.json', situation), '--ruleset', 'centre-val-de-loire', '--json'], io),
    ).toBe(0);
    const programmes = (JSON.parse(io.out()) as { programmes: { programme: string }[] }).programmes.map(
      (p) => p.programme,
    );
    expect(programmes).toContain('visa');
  });

  it('prints a French summary without --json, with the most useful next question', async () => {
    const io = fakeIo(dir);
    expect(await run([situationFile('s.json', situation)], io)).toBe(0);
    expect(io.out()).toContain('À travailler, dans l’ordre :\n  1. Régler ce qui vous gêne au quotidien');
    expect(io.out()).toContain(
      'En premier : Mission locale\n     - Vous avez 19 ans : la Mission locale accompagne les jeunes de 16 à 25 ans.',
    );
    expect(io.out()).toContain('HSP Socle de compétences : accessible');
    expect(io.out()).toMatch(/Question la plus utile maintenant : .+\?/);
  });

  it('names the invalid field in French on stderr and exits 1', async () => {
    const io = fakeIo(dir);
    expect(await run([situationFile('bad.json', { age: -3, employment: 'retraité' }), '--json'], io)).toBe(1);
    expect(io.out()).toBe('');
    expect(io.err()).toBe(
      'bad.json:age — la valeur doit être au moins 0\n' +
        'bad.json:employment — valeur non reconnue : le texte « retraité » ; valeurs permises : « job-seeker », « employed », « insertion-job », « student », « inactive »\n' +
        'bad.json : situation invalide, 2 problème(s).\n',
    );
  });

  it('reports a JSON syntax error with its line', async () => {
    const io = fakeIo(dir);
    expect(await run([situationFile('broken.json', '{\n "age": 19,\n}')], io)).toBe(1);
    expect(io.err()).toMatch(/^broken\.json:ligne 3, colonne 1 — JSON invalide/);
  });

  it('refuses an unknown ruleset, a missing file and a missing argument, in French', async () => {
    await expect(
      run([situationFile('s.json', situation), '--ruleset', 'bretagne'], fakeIo(dir)),
    ).rejects.toThrow(
      new CliError(
        'jeu de règles inconnu : « bretagne ». Jeux disponibles : nouvelle-aquitaine, centre-val-de-loire.',
      ),
    );
    await expect(run(['absent.json'], fakeIo(dir))).rejects.toThrow('fichier introuvable : absent.json');
    await expect(run([], fakeIo(dir))).rejects.toThrow(/indiquez un seul fichier de situation/);
    await expect(run(['s.json', '--verbose'], fakeIo(dir))).rejects.toThrow(/^option inconnue : --verbose/);
  });
});
