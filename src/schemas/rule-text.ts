import { z } from 'astro/zod';
import { nonEmptyText } from './fields';

/**
 * One paragraph of Rule 3b-16 (17 CFR 240.3b-16): content/rule-text/<id>.yaml, shown on the redline page
 * (/the-proposal/rule-3b-16-redline/). The text in force is given as the cited copy has it; the 2022 proposed
 * wording only as far as a cited document quotes it, never filled in.
 */
export const makeRuleTextSchema = <SourceRef extends z.ZodTypeAny>(sourceRef: SourceRef) => {
  const sources = z.array(sourceRef).min(1, 'needs at least one source');
  return z
    .object({
      /** The paragraph's label as the rule writes it, e.g. "(a)(1)", or a name for a proposed new definition. */
      paragraph: nonEmptyText('paragraph'),
      /** Position on the page. */
      order: z.number().int().positive(),
      /** The paragraph as it stands, word for word from the cited copy; absent for wording the rule does not have. */
      current: z
        .object({
          text: nonEmptyText('text'),
          sources,
          /** What of this paragraph's text is not reproduced (when the cited copy does not hold all of it). */
          missing: nonEmptyText('missing').optional(),
        })
        .strict()
        .optional(),
      /** The January 2022 proposal's wording for this paragraph, as far as it is known. */
      proposed: z
        .object({
          /** Exact quotations of the proposed wording, each with the words it would replace as the same source quotes them. */
          quotes: z.array(
            z
              .object({
                /** The proposed words, exactly as the source quotes them (its brackets included). */
                text: nonEmptyText('text'),
                /** The words they would replace, exactly as the same source quotes them; absent for wholly new text. */
                replaces: nonEmptyText('replaces').optional(),
                sources,
              })
              .strict(),
          ),
          /** What of the proposed paragraph is not reproduced, and why: it is left out, never reconstructed. */
          missing: nonEmptyText('missing'),
        })
        .strict(),
      /** Where the site explains this paragraph or its change: site paths with an anchor, e.g. "/the-proposal/…/#…". */
      explainedAt: z.array(nonEmptyText('explainedAt')).min(1, 'link at least one place on the site that explains it'),
    })
    .strict();
};
