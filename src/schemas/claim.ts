import { z } from 'astro/zod';
import { claimVerdicts } from '../config/site';
import { nonEmptyText } from './fields';
import { openQuestionSchema } from './open-question';

/** One checked claim from coverage of the story: content/claims/<id>.yaml. */
export const makeClaimSchema = <Ref extends z.ZodTypeAny>(sourceRef: Ref) =>
  z
    .object({
      /** The claim as it circulated, paraphrased or briefly quoted. */
      claim: nonEmptyText('claim'),
      /** Where it circulated. */
      madeIn: nonEmptyText('madeIn'),
      /** The finding. */
      verdict: z.enum(claimVerdicts),
      /** Position on the page. */
      order: z.number().int().positive(),
      /** What is accurate and what is not (Markdown). */
      explanation: nonEmptyText('explanation'),
      /** Documents that settle it. */
      sources: z.array(sourceRef).min(1, 'needs at least one source'),
      /** Set when part of it could not be confirmed. */
      openQuestion: openQuestionSchema.optional(),
    })
    .strict();
