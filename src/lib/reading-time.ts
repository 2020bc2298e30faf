/** Words a minute for careful reading of dense, technical prose. */
const WORDS_PER_MINUTE = 220;

/** Whole minutes to read `words` words, never less than one. */
export function getReadingTime(words: number): number {
  return Math.max(1, Math.round(words / WORDS_PER_MINUTE));
}
