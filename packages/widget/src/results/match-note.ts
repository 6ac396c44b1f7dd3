/**
 * What the results say about the query itself: that only part of it was understood (« Aucune
 * formation ne contient « xyzzq ». Voici celles qui parlent de plomberie. »), or that a long text
 * was cut. Core says which words matched; this turns it into plain French.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { SearchResults } from '@passerelle/core';

/** « a », « a et b », « a, b et c », each word in French quotes. */
function wordList(words: readonly string[], joiner: string): string {
  const quoted = words.map((word) => `« ${word} »`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} ${joiner} ${quoted.at(-1)!}`;
}

export const matchMessages = {
  missing: (words: readonly string[]) => `Aucune formation ne contient ${wordList(words, 'ni')}.`,
  missingWithFilters: (words: readonly string[]) =>
    `Aucune formation ne contient ${wordList(words, 'ni')} avec les filtres choisis.`,
  notTogether: 'Aucune formation ne contient tous ces mots à la fois.',
  partial: (words: readonly string[]) => `Voici celles qui parlent de ${wordList(words, 'ou')}.`,
  cut: (kept: string) => `Votre texte était trop long : la recherche porte sur « ${kept} ».`,
  relay: (name: string) => `Pour commencer, le mieux est souvent de rencontrer ${name}.`,
  relayLink: 'Être orienté',
} as const;

/** « Aucune formation ne contient « xyzzq » » (with the filters chosen, when there are some). */
export function missingWordsSentence(words: readonly string[], withFilters: boolean): string {
  return withFilters ? matchMessages.missingWithFilters(words) : matchMessages.missing(words);
}

/** Relay kinds of the rulesets, named as people say them. */
const RELAY_NAMES: Readonly<Record<string, string>> = {
  'mission-locale': 'la Mission locale (pour les 16-25 ans)',
  'cap-emploi': 'Cap emploi',
  departement: 'le service insertion de votre Département',
  'vae-point': 'un point info VAE',
  'france-travail': 'France Travail',
  cria: 'le Centre ressources illettrisme (CRIA)',
};

/**
 * « jeune » → Mission locale: the first step is a relay, said above the trainings, with the way to
 * « Être orienté » when the finder has an orientation tab (`orient`).
 */
export function relayHint(results: SearchResults, orient?: () => void): TemplateResult | typeof nothing {
  const name = results.relay === undefined ? undefined : RELAY_NAMES[results.relay];
  if (name === undefined) return nothing;
  return html`<p class="relay-hint" part="relay-hint">
    ${matchMessages.relay(name)}
    ${
      orient
        ? html`<button type="button" class="link" part="button" @click=${orient}>
            ${matchMessages.relayLink}
          </button>`
        : nothing
    }
  </p>`;
}

/** The sentences above the results; nothing for a plain full match. */
export function matchNote(results: SearchResults): TemplateResult | typeof nothing {
  const lines: string[] = [];
  if (results.cut) lines.push(matchMessages.cut(results.cut.kept));
  if (results.match === 'partial') {
    const missing = results.missingWords ?? [];
    lines.push(missing.length > 0 ? matchMessages.missing(missing) : matchMessages.notTogether);
    const matched = results.matchedWords ?? [];
    if (matched.length > 0) lines.push(matchMessages.partial(matched));
  }
  if (lines.length === 0) return nothing;
  return html`<p class="match-note" part="match-note">${lines.join(' ')}</p>`;
}
