/**
 * An unquoted date-like YAML value, kept as the text the author typed. js-yaml's default schema would make it a
 * JavaScript Date, and `asOf: 2025-13-45` would silently become 14 February 2026; the content graph keeps
 * "2025-13-45" and checks it as written. Text fields still refuse it, as Astro's own parser hands them a Date.
 */
export class WrittenDate {
  constructor(readonly text: string) {}
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD: "2025-02-28" yes; "2025-02-30", "2025-2-3" no. */
export function isCalendarDay(text: string): boolean {
  const match = DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
