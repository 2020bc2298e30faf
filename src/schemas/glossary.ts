import { z } from 'astro/zod';
import { nonEmptyText } from './fields';

/** One term: content/glossary/<id>.yaml. */
export const makeGlossarySchema = <SourceRef extends z.ZodTypeAny, TermRef extends z.ZodTypeAny>(
  sourceRef: SourceRef,
  termRef: TermRef,
) =>
  z
    .object({
      /** The term as it should be displayed. */
      term: nonEmptyText('term'),
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
