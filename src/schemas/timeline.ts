import { z } from 'astro/zod';
import { keyEventLabelLength, sectionIds, timelineKinds } from '../config/site';
import { calendarDate, nonEmptyText } from './fields';
import { milestoneSchema } from './milestone';
import { openQuestionSchema } from './open-question';

/** One dated event: content/timeline/<yyyy-mm-dd>-<slug>.yaml. */
export const makeTimelineSchema = <Ref extends z.ZodTypeAny>(sourceRef: Ref) =>
  z
    .object({
      /** The day it happened; must match the date in the file name. */
      date: calendarDate,
      /** A short headline. */
      title: nonEmptyText('title'),
      /** One to three sentences. */
      summary: nonEmptyText('summary'),
      /** The section of the story it belongs to. */
      section: z.enum(sectionIds),
      /** What sort of event it was. */
      kind: z.enum(timelineKinds),
      /** Documents that record it. */
      sources: z.array(sourceRef).min(1, 'needs at least one source'),
      /** Set when the event is a step of the rulemaking itself (the status box is built from these). */
      milestone: milestoneSchema.optional(),
      /**
       * A short label (at most 28 characters) that puts the event on the home page's timeline graphic and labels
       * it on the full one. Rulemaking steps (`milestone`) are there anyway, labelled by their stage unless this
       * is set.
       */
      keyEvent: z
        .string()
        .trim()
        .min(1)
        .max(keyEventLabelLength, `at most ${keyEventLabelLength} characters, so the label fits the graphic`)
        .optional(),
      /** Set when part of it could not be confirmed. */
      openQuestion: openQuestionSchema.optional(),
    })
    .strict();
