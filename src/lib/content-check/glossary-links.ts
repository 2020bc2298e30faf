/**
 * Finds glossary terms an article uses before (or without) linking them with <Term id="…">.
 * Matching is deliberately conservative: only the term's own name, not its search aliases.
 */

export interface GlossaryTerm {
  id: string;
  term: string;
}

export interface UnlinkedUse {
  id: string;
  /** The words as they appear in the text. */
  text: string;
  /** About 60 characters around the first use. */
  context: string;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The pattern for a term's name: parentheses and quotes dropped, plurals allowed. A one-word name in
 * ordinary case ("Exchange", "Stablecoin") matches only in lower case, so "Exchange Act" and the
 * "Securities and Exchange Commission" are not mistaken for it; other names match in any case.
 */
export function termPattern(term: string): RegExp {
  const name = term
    .replace(/\([^)]*\)/g, '')
    .replace(/[“”"]/g, '')
    .trim();
  const words = name.split(/\s+/);
  const ordinaryWord = words.length === 1 && /^[A-Z][a-z-]+$/.test(name);
  const body = words.map(escape).join('\\s+');
  return ordinaryWord
    ? new RegExp(`(?<![\\w-])${escape(name.toLowerCase())}(?:s|es)?(?![\\w-])`)
    : new RegExp(`(?<![\\w-])${body}(?:s|es)?(?![\\w-])`, 'i');
}

/** Blanks out what cannot or should not hold a glossary link, keeping every other character's position. */
export function linkableText(body: string): string {
  const blank = (match: string) => match.replace(/[^\n]/g, ' ');
  return body
    .replace(/<Term\b[^>]*>[\s\S]*?<\/Term>/g, blank)
    .replace(/<[^>]+>/g, blank)
    .replace(/^#{1,6} .*$/gm, blank)
    .replace(/\[[^\]]*\]\([^)]*\)/g, blank)
    .replace(/`[^`]*`/g, blank);
}

export function unlinkedFirstUses(body: string, terms: readonly GlossaryTerm[]): UnlinkedUse[] {
  const text = linkableText(body);
  const uses: UnlinkedUse[] = [];
  for (const { id, term } of terms) {
    const match = termPattern(term).exec(text);
    if (!match) continue;
    const linkedAt = body.search(new RegExp(`<Term\\b[^>]*\\bid=["']${escape(id)}["']`));
    if (linkedAt !== -1 && linkedAt < match.index) continue;
    const start = Math.max(0, match.index - 25);
    const context = body
      .slice(start, match.index + match[0].length + 25)
      .replace(/\s+/g, ' ')
      .trim();
    uses.push({ id, text: match[0], context });
  }
  return uses;
}
