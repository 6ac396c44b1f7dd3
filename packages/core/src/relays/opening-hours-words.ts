/**
 * OpenStreetMap `opening_hours` said in plain French, for people who do not read `Mo-Fr 09:00-12:00`:
 * « du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; le samedi de 9 h à 12 h ; fermé les jours
 * fériés ». Only the forms a relay directory uses are put into words (weekdays, times, `PH off`,
 * "comments"); for anything else the caller shows the raw value, which is never lost.
 */
const DAY_NAMES: Readonly<Record<string, string>> = {
  Mo: 'lundi',
  Tu: 'mardi',
  We: 'mercredi',
  Th: 'jeudi',
  Fr: 'vendredi',
  Sa: 'samedi',
  Su: 'dimanche',
};

const DAY = '(?:Mo|Tu|We|Th|Fr|Sa|Su)';
const DAYS = new RegExp(`^${DAY}(?:-${DAY})?(?:,${DAY}(?:-${DAY})?)*$`);
const TIME = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/;

function hour(h: string, m: string): string {
  const hours = String(Number(h));
  return m === '00' ? `${hours} h` : `${hours} h ${m}`;
}

function daysInWords(days: string): string {
  const parts = days.split(',').map((part) => {
    const [from, to] = part.split('-');
    const first = DAY_NAMES[from ?? ''] ?? '';
    return to === undefined ? first : `du ${first} au ${DAY_NAMES[to] ?? ''}`;
  });
  if (parts.length === 1) return parts[0]?.startsWith('du ') ? (parts[0] ?? '') : `le ${parts[0] ?? ''}`;
  return `le ${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1] ?? ''}`;
}

function timesInWords(times: string): string | undefined {
  const spans: string[] = [];
  for (const span of times.split(',')) {
    const match = TIME.exec(span.trim());
    if (!match) return undefined;
    const [, h1 = '', m1 = '', h2 = '', m2 = ''] = match;
    spans.push(`de ${hour(h1, m1)} à ${hour(h2, m2)}`);
  }
  return spans.join(' et ');
}

function ruleInWords(rule: string): string | undefined {
  const comment = /\s*"([^"]*)"\s*$/.exec(rule);
  const body = (comment ? rule.slice(0, comment.index) : rule).trim();
  const note = comment ? ` (${comment[1] ?? ''})` : '';
  if (body === 'PH off' || body === 'PH closed') return `fermé les jours fériés${note}`;
  if (body === '24/7') return `ouvert tout le temps${note}`;
  const [days, times, ...rest] = body.split(/\s+/);
  if (days === undefined || times === undefined || rest.length > 0 || !DAYS.test(days)) return undefined;
  if (times === 'off' || times === 'closed') return `fermé ${daysInWords(days)}${note}`;
  const spans = timesInWords(times);
  return spans === undefined ? undefined : `${daysInWords(days)} ${spans}${note}`;
}

/**
 * The opening hours in words (« Ouvert du lundi au vendredi de 9 h à 12 h ; fermé les jours
 * fériés. »), or `undefined` when the value uses a form this does not put into words.
 *
 * @example
 * ```ts
 * const hours = describeOpeningHours('Mo-Fr 09:00-12:00,14:00-17:00; PH off');
 * hours; // 'Ouvert du lundi au vendredi de 9 h à 12 h et de 14 h à 17 h ; fermé les jours fériés.'
 * describeOpeningHours('week 1-53/2 Mo 09:00-12:00'); // undefined
 * ```
 */
export function describeOpeningHours(value: string): string | undefined {
  const rules = value
    .split(';')
    .map((rule) => rule.trim())
    .filter((rule) => rule !== '');
  if (rules.length === 0) return undefined;
  const words: string[] = [];
  for (const rule of rules) {
    const said = ruleInWords(rule);
    if (said === undefined) return undefined;
    words.push(said);
  }
  const [first = '', ...others] = words;
  const opening = first.startsWith('fermé') ? first : `ouvert ${first}`;
  const sentence = [opening, ...others].join(' ; ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}
