/** French formatting of catalogue values. */

const longDate = new Intl.DateTimeFormat('fr-FR', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** `2027-01-11` → « lundi 11 janvier 2027 »; anything else is returned as given. */
export function formatDate(iso: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return iso;
  return longDate.format(new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))));
}

/** Today as an ISO date in the person's time zone (the default « à partir du »). */
export function todayIso(now: Date = new Date()): string {
  // Shifted by the zone's offset, the UTC ISO string reads the local date (and weighs less in the bundle).
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}
