import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatPartialDate, isAfterToday, isoDay } from '../../src/lib/dates';

describe('dates', () => {
  it('formats calendar days without shifting them by time zone', () => {
    expect(formatDate(new Date('2022-01-26'))).toBe('26 January 2022');
    expect(isoDay(new Date('2022-01-26'))).toBe('2022-01-26');
  });

  it('formats partial dates at the precision given', () => {
    expect(formatPartialDate('2022-03-18')).toBe('18 March 2022');
    expect(formatPartialDate('2022-03')).toBe('March 2022');
    expect(formatPartialDate('2022')).toBe('2022');
  });

  it('treats only later calendar days as the future', () => {
    const today = new Date('2026-11-26T23:00:00Z');
    expect(isAfterToday(new Date('2026-11-26'), today)).toBe(false);
    expect(isAfterToday(new Date('2026-11-27'), today)).toBe(true);
  });
});

describe('formatMonth', () => {
  it('names the month of a YYYY-MM or YYYY-MM-DD text', () => {
    expect(formatMonth('2026-12')).toBe('December 2026');
    expect(formatMonth('2022-01-26')).toBe('January 2022');
  });
});
