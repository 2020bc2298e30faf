import { describe, expect, it } from 'vitest';
import { proposalStatus, stepText, type MilestoneEvent } from '../../src/lib/status';

const day = (text: string) => new Date(`${text}T00:00:00Z`);
const event = (
  id: string,
  date: string,
  milestone: MilestoneEvent['milestone'],
  unconfirmed = false,
): MilestoneEvent => ({
  id,
  date: day(date),
  milestone,
  unconfirmed,
});

const rule1998 = event('1998-12-02-reg-ats', '1998-12-02', { stage: 'current-rule' });
const proposed = event('2022-01-26-proposed', '2022-01-26', {
  stage: 'proposed',
  release: '34-94062',
  file: 'S7-02-22',
});
const published = event('2022-03-18-published', '2022-03-18', {
  stage: 'published',
  federalRegister: '87 FR 15496',
  commentsClose: day('2022-04-18'),
});
const withdrawn = event(
  '2025-06-12-withdrawn',
  '2025-06-12',
  { stage: 'withdrawn', release: '33-11377', federalRegister: '90 FR 25531', published: day('2025-06-17') },
  true,
);

describe('proposalStatus', () => {
  it('reads a withdrawal after the proposal as "withdrawn, never adopted", with the rule that still applies', () => {
    const status = proposalStatus([withdrawn, published, rule1998, proposed]);
    expect(status.label).toBe('Withdrawn, never adopted');
    expect(status.ruleInForce).toBe('Rule 3b-16 as adopted on 2 December 1998 still applies.');
    expect(status.file).toBe('S7-02-22');
    expect(status.settledBy?.id).toBe(withdrawn.id);
    expect(status.steps.map((s) => s.id)).toEqual([proposed.id, published.id, withdrawn.id]);
    expect(status.steps.at(-1)?.unconfirmed).toBe(true);
  });

  it('follows the data: without the withdrawal it is pending, and an adoption after it would read as adopted', () => {
    expect(proposalStatus([rule1998, proposed, published]).label).toBe('Proposed, not yet adopted');
    const adopted = event('2026-01-01-adopted', '2026-01-01', { stage: 'adopted' });
    expect(proposalStatus([proposed, withdrawn, adopted]).label).toBe('Adopted');
  });

  it('moves a step when its date changes', () => {
    const later = { ...published, date: day('2022-03-25') };
    expect(stepText(later)).toBe('Published 25 March 2022 · 87 FR 15496 · comments to 18 April 2022');
  });

  it('writes each step as one line with its release, citation and dates', () => {
    expect(stepText(withdrawn)).toBe('Withdrawn 12 June 2025 · Release 33-11377 · 90 FR 25531 (17 June 2025)');
    expect(stepText(proposed)).toBe('Proposed 26 January 2022 · Release 34-94062');
  });
});
