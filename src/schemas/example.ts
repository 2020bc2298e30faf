import { z } from 'astro/zod';
import {
  exampleAnswers,
  exampleConfidence,
  exampleQuestionKeys,
  exampleQuestionRules,
  exampleResults,
  exampleRules,
} from '../config/explainer';
import { nonEmptyText } from './fields';

/**
 * One worked example: content/examples/<id>.yaml, a kind of trading system tested against Rule 3b-16 as adopted
 * in 1998, the 2022 proposed text and the 2023 supplement's reading (/the-proposal/would-this-be-an-exchange/).
 */
export const makeExampleSchema = <SourceRef extends z.ZodTypeAny>(sourceRef: SourceRef) => {
  const sources = z.array(sourceRef).min(1, 'needs at least one source');
  return z
    .object({
      /** The kind of system, e.g. "A request-for-quote platform for corporate bonds". */
      title: nonEmptyText('title'),
      /** Position on the page. */
      order: z.number().int().positive(),
      /** How this kind of system works, in two or three plain sentences. */
      system: nonEmptyText('system'),
      /** Each question of each version of the rule, answered in order. */
      steps: z
        .array(
          z
            .object({
              rule: z.enum(exampleRules),
              question: nonEmptyText('question'),
              /**
               * Which shared question this is, when it is one a reader could answer about their own system
               * (src/config/explainer.ts): the overview page's form asks it and compares the answers.
               */
              asks: z.enum(exampleQuestionKeys).optional(),
              answer: z.enum(exampleAnswers),
              reasoning: nonEmptyText('reasoning'),
              sources,
            })
            .strict()
            .refine((step) => !step.asks || exampleQuestionRules[step.asks] === step.rule, {
              message: 'asks a question of another version of the rule',
              path: ['asks'],
              params: {
                fix: 'use a question key whose name ends in the step’s rule, e.g. "orders-1998" for rule "1998"',
              },
            }),
        )
        .min(3, 'answer the questions of at least two versions of the rule')
        .refine((steps) => new Set(steps.flatMap((s) => s.asks ?? [])).size === steps.filter((s) => s.asks).length, {
          message: 'asks the same shared question twice',
          params: { fix: 'give each shared question (`asks`) to one step only' },
        }),
      /** The outcome under each version, and how sure it is. */
      outcomes: z
        .array(
          z
            .object({
              rule: z.enum(exampleRules),
              result: z.enum(exampleResults),
              confidence: z.enum(exampleConfidence),
              note: nonEmptyText('note'),
              sources,
            })
            .strict(),
        )
        .min(1, 'give the outcome under at least one version of the rule'),
      /** The SEC's own short words about this kind of system, exact and cited. */
      secWords: z
        .object({ quote: nonEmptyText('quote'), sources })
        .strict()
        .optional(),
    })
    .strict();
};
