/** Words a minute for careful reading of dense, technical prose. */
const WORDS_PER_MINUTE = 220;

/** Counts the words a reader sees in an MDX body: markup, component tags and link targets excluded. */
export function countWords(mdxBody: string): number {
  const text = mdxBody
    .replace(/^---[\s\S]*?---/, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\]\([^)]*\)/g, ' ')
    .replace(/[#*_>`|[\]-]+/g, ' ');
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Whole minutes to read, never less than one. */
export function getReadingTime(mdxBody: string): number {
  return Math.max(1, Math.round(countWords(mdxBody) / WORDS_PER_MINUTE));
}
