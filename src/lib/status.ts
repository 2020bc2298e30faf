import { formatDate } from './dates';

/** The stages of the rulemaking that the status box shows, in the order they can happen. */
export const milestoneStages = [
  'current-rule',
  'proposed',
  'published',
  'reopened',
  'supplemented',
  'adopted',
  'withdrawn',
] as const;
export type MilestoneStage = (typeof milestoneStages)[number];

/** What a timeline event records when it is a step of the rulemaking itself. */
export interface Milestone {
  stage: MilestoneStage;
  /** The release number, e.g. "34-94062". */
  release?: string;
  /** The Federal Register citation, e.g. "87 FR 15496". */
  federalRegister?: string;
  /** The day it appeared in the Federal Register, when that differs from the event's date. */
  published?: Date;
  /** The last day of the comment period it opened. */
  commentsClose?: Date;
  /** The rulemaking file, e.g. "S7-02-22". */
  file?: string;
}

export interface MilestoneEvent {
  id: string;
  date: Date;
  milestone: Milestone;
  /** Set when the event rests on a point the site marks as unconfirmed. */
  unconfirmed?: boolean;
}

export interface ProposalStatus {
  /** "Withdrawn, never adopted", "Adopted" or "Proposed, pending". */
  label: string;
  /** What rule applies as a result, e.g. "Rule 3b-16 as adopted on 2 December 1998 still applies." */
  ruleInForce?: string;
  file?: string;
  /** The steps of the rulemaking, by date, each in one line. */
  steps: { id: string; date: Date; stage: MilestoneStage; text: string; unconfirmed: boolean }[];
  /** The event that settled the status (the withdrawal or adoption), if any. */
  settledBy?: MilestoneEvent;
}

/** How each stage reads as a step: "Proposed", "Comment reopened". */
export const stageVerb: Record<MilestoneStage, string> = {
  'current-rule': 'Current rule adopted',
  proposed: 'Proposed',
  published: 'Published',
  reopened: 'Comment reopened',
  supplemented: 'Supplemented',
  adopted: 'Adopted',
  withdrawn: 'Withdrawn',
};

/** One line for a step: "Proposed 26 January 2022 · Release 34-94062 · 87 FR 15496 (18 March 2022) · comments to 18 April 2022". */
export function stepText(event: MilestoneEvent): string {
  const { release, federalRegister, published, commentsClose } = event.milestone;
  const parts = [`${stageVerb[event.milestone.stage]} ${formatDate(event.date)}`];
  if (release) parts.push(`Release ${release}`);
  if (federalRegister) parts.push(published ? `${federalRegister} (${formatDate(published)})` : federalRegister);
  if (commentsClose) parts.push(`comments to ${formatDate(commentsClose)}`);
  return parts.join(' · ');
}

/**
 * The proposal's status, derived from the timeline's milestone events alone: withdrawn if a withdrawal is
 * recorded after the last adoption, adopted if an adoption is, else pending. Nothing in it is typed twice.
 */
export function proposalStatus(events: readonly MilestoneEvent[]): ProposalStatus {
  const byDate = [...events].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
  const current = byDate.find((e) => e.milestone.stage === 'current-rule');
  const steps = byDate
    .filter((e) => e.milestone.stage !== 'current-rule')
    .map((e) => ({
      id: e.id,
      date: e.date,
      stage: e.milestone.stage,
      text: stepText(e),
      unconfirmed: Boolean(e.unconfirmed),
    }));
  const settledBy = [...byDate]
    .reverse()
    .find((e) => e.milestone.stage === 'withdrawn' || e.milestone.stage === 'adopted');
  const file = byDate.find((e) => e.milestone.file)?.milestone.file;
  if (settledBy?.milestone.stage === 'adopted') return { label: 'Adopted', file, steps, settledBy };
  const ruleInForce = current ? `Rule 3b-16 as adopted on ${formatDate(current.date)} still applies.` : undefined;
  if (settledBy) return { label: 'Withdrawn, never adopted', ruleInForce, file, steps, settledBy };
  return { label: 'Proposed, not yet adopted', ruleInForce, file, steps };
}
