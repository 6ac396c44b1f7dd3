import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRelayDirectory, RELAY_DIRECTORY_KINDS } from '@passerelle/core';
import { builtInCommunes, territoryCommunes } from '../demo/communes.js';
import { getRuleset, rulesetIds } from '../rulesets/index.js';
import { DEMO_RELAYS_FILE, demoRelayDirectory } from './index.js';

const FICTION_PHONE = /^05 36 49 \d{2} \d{2}$/;

describe('the demo relay directory', () => {
  const directory = demoRelayDirectory();

  it('passes core’s relay directory schema', () => {
    expect(parseRelayDirectory(readFileSync(DEMO_RELAYS_FILE, 'utf8')).ok).toBe(true);
  });

  it('says it is demo data', () => {
    expect(directory.meta.demo).toBe(true);
    expect(directory.meta.source).toMatch(/fictifs/);
  });

  it('has at least three relays of every kind, in several départements', () => {
    for (const kind of RELAY_DIRECTORY_KINDS) {
      const relays = directory.relays.filter((relay) => relay.kind === kind);
      expect(relays.length, kind).toBeGreaterThanOrEqual(3);
      expect(new Set(relays.map((relay) => relay.departement)).size, kind).toBeGreaterThanOrEqual(2);
    }
  });

  it('marks every name, address, phone, e-mail and website as fictitious', () => {
    for (const relay of directory.relays) {
      expect(relay.name).toMatch(/Démo .*\(fictif\)$/);
      expect(relay.address.lines.join(' ')).toContain('(adresse fictive)');
      expect(relay.phone).toMatch(FICTION_PHONE);
      expect(relay.email).toMatch(/@exemple\.invalid$/);
      expect(relay.website).toMatch(/^https:\/\/[a-z0-9-]+\.example\/$/);
      expect(relay.notes).toContain('il n’existe pas');
    }
  });

  it('places relays in real communes with their real postal code and département', () => {
    const communes = territoryCommunes() ?? builtInCommunes();
    const byCode = new Map(communes.map((commune) => [commune.inseeCode, commune]));
    for (const relay of directory.relays) {
      const commune = byCode.get(relay.address.inseeCode ?? '');
      expect(commune, relay.id).toBeDefined();
      expect(commune?.name).toBe(relay.address.city);
      expect(commune?.postalCodes).toContain(relay.address.postalCode);
      expect(commune?.departement).toBe(relay.departement);
    }
  });

  it('uses only relay kinds that every shipped ruleset explains in plain French', () => {
    for (const id of rulesetIds) {
      const kinds: Partial<Record<string, { description: string }>> = getRuleset(id)?.relayKinds ?? {};
      for (const relay of directory.relays)
        expect(kinds[relay.kind]?.description, `${id} ${relay.kind}`).toBeTruthy();
    }
  });
});
