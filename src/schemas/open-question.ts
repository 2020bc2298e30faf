import { z } from 'astro/zod';
import { calendarDate, nonEmptyText } from './fields';

/**
 * A point the site states as unconfirmed, on the entry that states it (a timeline event, a claim, an argument).
 * The open-questions page lists them all, so anyone with the documents can settle one by pull request.
 */
export const openQuestionSchema = z
  .object({
    /** The point, as a question: "Is File S7-02-22 on the withdrawal notice's list?" */
    question: nonEmptyText('question'),
    /** What is known, and how sure it is (the entry's sources back it). */
    known: nonEmptyText('known'),
    /** The document or event that would settle it. */
    wouldSettle: nonEmptyText('wouldSettle'),
    /** The day it was last checked. */
    asOf: calendarDate,
  })
  .strict();
