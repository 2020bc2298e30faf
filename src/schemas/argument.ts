import { z } from 'astro/zod';
import { argumentOutcomes, argumentRoles, argumentThemes } from '../config/explainer';
import { calendarDate, nonEmptyText } from './fields';
import { openQuestionSchema } from './open-question';

/** One argument about the proposal: content/arguments/<id>.yaml, a row of the ledger on /the-pushback/ledger/. */
export const makeArgumentSchema = <SourceRef extends z.ZodTypeAny, ArticleRef extends z.ZodTypeAny>(
  sourceRef: SourceRef,
  articleRef: ArticleRef,
) => {
  const sourced = { sources: z.array(sourceRef).min(1, 'needs at least one source') };
  return z
    .object({
      /** The argument in one sentence, in neutral words. */
      argument: nonEmptyText('argument'),
      /** Whether it was made for or against the proposal. */
      side: z.enum(['for', 'against']),
      /** What it is about, from the list in src/config/explainer.ts. */
      theme: z.enum(argumentThemes),
      /** Position in the ledger. */
      order: z.number().int().positive(),
      /** Who made it, each with the document where they did. */
      madeBy: z
        .array(z.object({ who: nonEmptyText('who'), role: z.enum(argumentRoles), ...sourced }).strict())
        .min(1, 'name at least one person or body who made it'),
      /** The other side's answer at the time. */
      answer: z.object({ by: nonEmptyText('by'), text: nonEmptyText('text'), ...sourced }).strict(),
      /** What became of it. */
      outcome: z
        .object({
          status: z.enum(argumentOutcomes),
          date: calendarDate.optional(),
          text: nonEmptyText('text'),
          ...sourced,
        })
        .strict(),
      /** The articles that discuss it ("section/slug"). */
      articles: z.array(articleRef).default([]),
      /** Set when part of it could not be confirmed. */
      openQuestion: openQuestionSchema.optional(),
    })
    .strict();
};
