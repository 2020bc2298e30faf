import { diffWords } from 'diff';

/** A run of words in a redline: kept as it is, deleted by the proposal, or inserted by it. */
export interface RedlinePart {
  kind: 'same' | 'deleted' | 'inserted';
  text: string;
}

/**
 * The word-level changes from `before` to `after` (jsdiff’s diffWords), as runs to render with <del> and <ins>.
 * Without `before` every word is inserted: wording the rule does not have yet.
 */
export function redline(before: string | undefined, after: string): RedlinePart[] {
  if (before === undefined) return [{ kind: 'inserted', text: after }];
  return diffWords(before, after).map((change) => ({
    kind: change.added ? 'inserted' : change.removed ? 'deleted' : 'same',
    text: change.value,
  }));
}

/**
 * Reads a redline back as one version: `before` without the insertions, `after` without the deletions. diffWords
 * gives whitespace between changes to one side, so `before` can differ from the original in spaces only.
 */
export function redlineText(parts: readonly RedlinePart[], version: 'before' | 'after'): string {
  const dropped = version === 'before' ? 'inserted' : 'deleted';
  return parts
    .filter((p) => p.kind !== dropped)
    .map((p) => p.text)
    .join('');
}
