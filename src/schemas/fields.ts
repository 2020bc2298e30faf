import { z } from 'astro/zod';
import { isCalendarDay, WrittenDate } from '../lib/content/written-date';

const dayFix = 'write a real calendar day as YYYY-MM-DD, e.g. "2025-02-28" (check the month and the day)';

/** The text of a date as written: the content graph keeps unquoted dates as text; Astro's parser makes them Dates. */
const asWritten = (value: unknown) =>
  value instanceof WrittenDate
    ? value.text
    : value instanceof Date && !Number.isNaN(value.getTime())
      ? value.toISOString().slice(0, 10)
      : value;

/**
 * A calendar day written "YYYY-MM-DD", quoted or not. Anything else (2025-13-45, 2025-02-30, 2025-2-3, 02/03/2025)
 * is refused rather than rolled over into a different real day.
 */
export const calendarDate = z
  .preprocess(asWritten, z.string({ invalid_type_error: 'expected a date written as "YYYY-MM-DD"' }))
  .refine(isCalendarDay, () => ({ message: 'is not a real calendar day written YYYY-MM-DD', params: { fix: dayFix } }))
  .transform((text) => new Date(`${text}T00:00:00Z`));

/** A document date, as precise as is known: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDate = z
  .string({
    invalid_type_error: 'expected a date in quotes, e.g. "2022-03-18" (or "2022-03" / "2022" when only that is known)',
  })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-\d{2})?)?$/, 'expected "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
  .refine((text) => text.length < 10 || isCalendarDay(text), {
    message: 'is not a real calendar day',
    params: { fix: dayFix },
  });

export const httpsUrl = z
  .string()
  .url('expected a full URL such as "https://www.sec.gov/..."')
  .refine((url) => url.startsWith('https://'), 'expected an https:// URL');

export const nonEmptyText = (what: string) =>
  z
    .string({ required_error: `${what} is required`, invalid_type_error: 'expected text in quotes' })
    .trim()
    .min(1, `${what} must not be empty`);
