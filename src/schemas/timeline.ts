import { z } from 'astro/zod';
import { sectionIds, timelineKinds } from '../config/site';
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
      /** Set when part of it could not be confirmed. */
      openQuestion: openQuestionSchema.optional(),
    })
    .strict();
