const dayFormat = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthFormat = new Intl.DateTimeFormat('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** "26 November 2026" — dates are calendar days, so they are read and shown in UTC. */
export function formatDate(date: Date): string {
  return dayFormat.format(date);
}

const shortDayFormat = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'short',
  year: 'numeric',
  timeZone: 'UTC',
});

/** "26 Nov 2026", where room is short (the timeline graphic). */
export function formatShortDate(date: Date): string {
  return shortDayFormat.format(date);
}

/** "2026-11-26", for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Formats "YYYY", "YYYY-MM" or "YYYY-MM-DD" at the precision given. */
export function formatPartialDate(value: string): string {
  const [year, month, day] = value.split('-').map(Number);
  if (day) return formatDate(new Date(Date.UTC(year, month - 1, day)));
  if (month) return monthFormat.format(new Date(Date.UTC(year, month - 1, 1)));
  return String(year);
}

/** True when `date` falls after the calendar day of `today` (UTC). */
export function isAfterToday(date: Date, today: Date = new Date()): boolean {
  return isoDay(date) > isoDay(today);
}

/** "December 2026" for "2026-12" (or any YYYY-MM-DD in it). */
export function formatMonth(month: string): string {
  const [year, number] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(year, number - 1, 1)));
}
