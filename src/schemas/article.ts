import { z } from 'astro/zod';
import { limits, tags } from '../config/site';
import { calendarDate, nonEmptyText } from './fields';

const { titleLength, descriptionLength, keyPoints, updateNote } = limits;

/** One substantive change to a published article: the day, and what changed in one line. */
export const articleUpdateSchema = z
  .object({
    /** The day the change was published. */
    date: calendarDate,
    /** What changed, in one line a reader of /changes/ understands without the article open. */
    note: nonEmptyText('a note').pipe(
      z.string().max(updateNote.maxLength, `must be at most ${updateNote.maxLength} characters`),
    ),
  })
  .strict();

/**
 * Frontmatter of content/articles/<section>/<slug>.mdx. The section comes from the folder and the
 * slug from the file name, so neither may be set here. The documents it cites are not listed here: they
 * come from its <Cite> tags.
 */
export const articleSchema = z
  .object({
    /** The headline, shown as the page's h1 and <title>. */
    title: z
      .string({ invalid_type_error: 'expected text in quotes' })
      .trim()
      .min(titleLength.min, `must be at least ${titleLength.min} characters`)
      .max(titleLength.max, `must be at most ${titleLength.max} characters`),
    /** One sentence for search snippets and link previews. */
    description: z
      .string({ invalid_type_error: 'expected text in quotes' })
      .trim()
      .min(descriptionLength.min, `must be at least ${descriptionLength.min} characters`)
      .max(descriptionLength.max, `must be at most ${descriptionLength.max} characters`),
    /** Position within the section, starting at 1. */
    order: z.number({ invalid_type_error: 'expected a whole number' }).int().positive(),
    /** When the facts were last reviewed; shown as "as of". */
    asOf: calendarDate,
    /** When the article first appeared. */
    published: calendarDate,
    /**
     * Each substantive change since it was published, in any order (the site lists them newest first). The newest
     * date is the article's "updated" date.
     */
    updates: z.array(articleUpdateSchema, { invalid_type_error: 'expected a list of updates' }).default([]),
    /** Topics, from the list in src/config/site.ts. */
    tags: z.array(z.enum(tags)).default([]),
    /** Two to five short lines shown in a box above the article. */
    keyPoints: z
      .array(
        nonEmptyText('a key point').pipe(
          z.string().max(keyPoints.maxLength, `each key point must be at most ${keyPoints.maxLength} characters`),
        ),
      )
      .min(keyPoints.min, `needs at least ${keyPoints.min} key points`)
      .max(keyPoints.max, `allows at most ${keyPoints.max} key points`),
    /** Drafts are built in dev but never published. */
    draft: z.boolean().default(false),
  })
  .strict();
