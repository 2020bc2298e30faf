import { z } from 'astro/zod';
import { milestoneStages } from '../lib/status';
import { calendarDate } from './fields';

/** Set on a timeline event that is a step of the rulemaking itself; the status box is built from these alone. */
export const milestoneSchema = z
  .object({
    /** Which step: current-rule, proposed, published, reopened, supplemented, adopted or withdrawn. */
    stage: z.enum(milestoneStages),
    /** The release number, e.g. "34-94062". */
    release: z.string().trim().min(1).optional(),
    /** The Federal Register citation, e.g. "87 FR 15496". */
    federalRegister: z.string().trim().min(1).optional(),
    /** The day it appeared in the Federal Register, when that differs from the event's date. */
    published: calendarDate.optional(),
    /** The last day of the comment period it opened. */
    commentsClose: calendarDate.optional(),
    /** The rulemaking file, e.g. "S7-02-22". */
    file: z.string().trim().min(1).optional(),
  })
  .strict();
