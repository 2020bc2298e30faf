import { z } from 'astro/zod';
import { nonEmptyText } from './fields';

/** The longest short definition: about two lines of the box that opens on a term in an article. */
export const SHORT_DEFINITION_MAX = 120;

/** One term: content/glossary/<id>.yaml. */
export const makeGlossarySchema = <SourceRef extends z.ZodTypeAny, TermRef extends z.ZodTypeAny>(
  sourceRef: SourceRef,
  termRef: TermRef,
) =>
  z
    .object({
      /** The term as it should be displayed. */
      term: nonEmptyText('term'),
      /** One plain sentence, what opens on the term in articles (each article page carries it, so it is kept short). */
      short: nonEmptyText('short').superRefine((text, ctx) => {
        if (text.length > SHORT_DEFINITION_MAX)
          ctx.addIssue({
            code: 'custom',
            message: `is ${text.length} characters long; a short definition may have at most ${SHORT_DEFINITION_MAX}`,
            params: { fix: 'shorten it to one plain sentence; the rest belongs in `definition`' },
          });
      }),
      /** One or two plain sentences. */
      definition: nonEmptyText('definition'),
      /** Other spellings readers may search for: they feed search only and are not shown on the page. */
      aliases: z.array(z.string().trim().min(1)).default([]),
      /** Ids of related glossary terms. */
      related: z.array(termRef).default([]),
      /** Documents that support the definition. */
      sources: z.array(sourceRef).default([]),
    })
    .strict();
