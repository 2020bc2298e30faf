import { z } from 'astro/zod';
import { sourceKinds } from '../config/site';
import { httpsUrl, nonEmptyText, partialDate } from './fields';

/** The most characters a short title may have: it is a link's text on the timeline, glossary and claims pages. */
export const SHORT_TITLE_MAX = 60;

/** One cited document: content/sources/<id>.yaml. */
export const sourceSchema = z
  .object({
    /** The document's own title. */
    title: nonEmptyText('title'),
    /**
     * The document named in a few plain words, taken from its own title ("Regulation ATS adopting release",
     * "Peirce dissent on the Regulation ATS proposal"). Lists that link to a source show it before the publisher and date.
     */
    short: nonEmptyText('short').refine(
      (text) => text.length <= SHORT_TITLE_MAX,
      (text) => ({
        message: `is ${text.length} characters long; a short title has at most ${SHORT_TITLE_MAX}`,
        params: {
          fix: 'name the document in fewer words (what it is and whose); the full title stays in `title`',
        },
      }),
    ),
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
