import { z } from 'astro/zod';
import { sourceKinds } from '../config/site';
import { httpsUrl, nonEmptyText, partialDate } from './fields';

/** One cited document: content/sources/<id>.yaml. */
export const sourceSchema = z
  .object({
    /** The document's own title. */
    title: nonEmptyText('title'),
    /** Who issued or published it (the SEC, a court, a law firm, a newspaper). */
    publisher: nonEmptyText('publisher'),
    /** The document's own date, as precise as is known. */
    date: partialDate,
    /** Where a reader can open it. */
    url: httpsUrl,
    /** What kind of document it is; decides whether it counts as primary. */
    kind: z.enum(sourceKinds),
    /** A formal citation: Federal Register page, release number, case number, public law. */
    citation: z.string().trim().min(1).optional(),
    /** Set when the URL is a copy (a mirror of the Federal Register, a reprint of a statement). */
    via: z.string().trim().min(1).optional(),
    /** A saved copy (e.g. in a web archive). */
    archiveUrl: httpsUrl.optional(),
  })
  .strict();

export type SourceData = z.infer<typeof sourceSchema>;
