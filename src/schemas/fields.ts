import { z } from 'astro/zod';

/** A calendar date written as "YYYY-MM-DD"; YAML may hand us a Date when the author forgot the quotes. */
export const calendarDate = z.coerce.date({
  errorMap: () => ({ message: 'expected a date written as "YYYY-MM-DD" (in quotes)' }),
});

/** A document date, as precise as is known: "YYYY", "YYYY-MM" or "YYYY-MM-DD". */
export const partialDate = z
  .string({ invalid_type_error: 'expected a date in quotes, e.g. "2022-03-18" (or "2022-03" / "2022" when only that is known)' })
  .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'expected "YYYY-MM-DD", "YYYY-MM" or "YYYY"');

export const httpsUrl = z
  .string()
  .url('expected a full URL such as "https://www.sec.gov/..."')
  .refine((url) => url.startsWith('https://'), 'expected an https:// URL');

export const nonEmptyText = (what: string) =>
  z.string({ required_error: `${what} is required`, invalid_type_error: 'expected text in quotes' }).trim().min(1, `${what} must not be empty`);
