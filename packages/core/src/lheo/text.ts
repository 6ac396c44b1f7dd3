/**
 * LHÉO text fields are meant to be plain text, but real exports carry HTML: escaped (`&lt;p&gt;`,
 * which the XML parser turns into `<p>`), raw tags parsed as elements, CDATA, and HTML entities
 * such as `&eacute;` or `&nbsp;`. This module turns all of it into plain text, keeping line breaks.
 */

/** HTML named entities met in French training descriptions (the XML ones are decoded by the parser). */
export const HTML_ENTITIES: Readonly<Record<string, string>> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  agrave: 'à',
  aacute: 'á',
  acirc: 'â',
  auml: 'ä',
  ccedil: 'ç',
  egrave: 'è',
  eacute: 'é',
  ecirc: 'ê',
  euml: 'ë',
  icirc: 'î',
  iuml: 'ï',
  ocirc: 'ô',
  ouml: 'ö',
  ugrave: 'ù',
  ucirc: 'û',
  uuml: 'ü',
  yuml: 'ÿ',
  Agrave: 'À',
  Acirc: 'Â',
  Ccedil: 'Ç',
  Egrave: 'È',
  Eacute: 'É',
  Ecirc: 'Ê',
  Icirc: 'Î',
  Ocirc: 'Ô',
  Ugrave: 'Ù',
  Ucirc: 'Û',
  oelig: 'œ',
  OElig: 'Œ',
  aelig: 'æ',
  laquo: '«',
  raquo: '»',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  hellip: '…',
  ndash: '–',
  mdash: '—',
  bull: '•',
  middot: '·',
  euro: '€',
  deg: '°',
  copy: '©',
  reg: '®',
  trade: '™',
  sup2: '²',
  frac12: '½',
};

/** An HTML comment, or a tag with its name: `<` then a letter or `/`, so « a < b » stays as written. */
const TAG = /<!--[\s\S]*?-->|<(\/)?([a-zA-Z][a-zA-Z0-9:-]*)[^<>]*>/g;
/** Blocks start and end on their own line (`<br>` and `<li>` are handled apart). */
const BLOCK_NAMES: ReadonlySet<string> = new Set([
  'p',
  'div',
  'ul',
  'ol',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'blockquote',
]);
/**
 * Stands for "a block boundary here" (U+2029; any in the input was already turned into a space with the
 * other whitespace): several in a row make one line break, not blank lines.
 */
const BLOCK = '\u2029';
const BLOCK_RUN = /(?: *\u2029 *)+/g;
const TAG_TEST = /<(?:!--|\/?[a-zA-Z][^<>]*>)/;
const NEEDS_TIDYING = /[\n\r\t\f\v\u00a0]| {2}/;
const ENTITY = /&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z][a-zA-Z0-9]*);/g;

function decodeEntities(text: string): string {
  return text.replace(ENTITY, (whole, name: string) => {
    if (name.charCodeAt(0) === 35 /* # */) {
      const code =
        name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return HTML_ENTITIES[name] ?? whole;
  });
}

function stripTags(html: string): string {
  // Source line breaks mean nothing in HTML: a browser shows them as spaces.
  // One pass over the tags (a long description has hundreds), then block boundaries squeezed.
  const text = html
    .replace(/\s+/g, ' ')
    .replace(TAG, (_whole, closing: string | undefined, name: string | undefined) => {
      if (name === undefined) return ''; // a comment
      const lower = name.toLowerCase();
      if (lower === 'br') return '\n';
      if (lower === 'li') return closing ? BLOCK : `${BLOCK}- `;
      return BLOCK_NAMES.has(lower) ? BLOCK : '';
    });
  return text.includes(BLOCK) ? text.replace(BLOCK_RUN, '\n') : text;
}

/** Collapses spaces inside lines, trims lines, keeps at most one empty line between paragraphs. */
function tidyLines(text: string): string {
  // Most values are one short line: no need to split anything.
  if (!NEEDS_TIDYING.test(text)) return text.trim();
  const lines = text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\t\f\v ]+/g, ' ')
    .split('\n');
  const out: string[] = [];
  let blank = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (line === '') {
      blank = out.length > 0;
      continue;
    }
    if (blank) out.push('');
    blank = false;
    out.push(line);
  }
  return out.join('\n');
}

/**
 * Plain text from an LHÉO text field: tags stripped (`<br>`, `</p>`, `</li>` become line breaks),
 * entities decoded (twice-escaped HTML too), spaces tidied, line breaks kept.
 *
 * @example
 * ```ts
 * lheoPlainText('<p>Accueil &amp; orientation</p><ul><li>CV</li><li>Entretien</li></ul>'); // 'Accueil & orientation\n- CV\n- Entretien'
 * lheoPlainText('Savoir lire&lt;br/&gt;et  écrire'); // 'Savoir lire\net écrire'
 * ```
 */
export function plainText(raw: string): string {
  let text = raw;
  // Two rounds: an export that escaped its HTML twice leaves `&lt;p&gt;` after XML decoding.
  for (let round = 0; round < 2; round += 1) {
    const hasTag = TAG_TEST.test(text);
    const hasEntity = text.includes('&');
    if (!hasTag && !hasEntity) break;
    if (hasTag) text = stripTags(text);
    if (hasEntity) text = decodeEntities(text);
  }
  return tidyLines(text);
}
