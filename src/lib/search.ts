import { sectionIds, searchTypes, type SearchType, type SectionId } from '../config/site';

/** What a search is: the words and the filters. It round-trips through the search page's URL. */
export interface SearchState {
  query: string;
  section?: SectionId;
  type?: SearchType;
}

const isSection = (value: string | null): value is SectionId => (sectionIds as readonly string[]).includes(value ?? '');
const isType = (value: string | null): value is SearchType => value !== null && value in searchTypes;

/** Reads ?q=&section=&type= ; unknown filter values are ignored rather than failing the search. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const section = params.get('section');
  const type = params.get('type');
  return {
    query: params.get('q') ?? '',
    ...(isSection(section) ? { section } : {}),
    ...(isType(type) ? { type } : {}),
  };
}

export function searchStateToParams({ query, section, type }: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (query) params.set('q', query);
  if (section) params.set('section', section);
  if (type) params.set('type', type);
  return params;
}

/** Pagefind's filter object for a state. */
export function pagefindFilters({ section, type }: SearchState): Record<string, string> {
  return { ...(section ? { section } : {}), ...(type ? { type } : {}) };
}

/** Lower case, no punctuation or quotes, single spaces: how a query is compared with a title. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[“”"‘’'()[\].,:;!?]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that carry no meaning in a reader's question ("what is an ATS", "when did Gensler leave"). */
const QUESTION_WORDS = new Set(
  'a an the is are was were be been do does did what whats which who whom whose when where why how can could should would will of to in on for about me tell explain mean means'.split(
    ' ',
  ),
);

/**
 * The words worth searching for. Pagefind ranks every word of a question equally, so "what is an ATS"
 * would favour pages full of "what" and "is"; the question words are dropped unless nothing else is left.
 */
export function searchTerms(query: string): string {
  const words = normalise(query).split(' ').filter(Boolean);
  const meaningful = words.filter((word) => !QUESTION_WORDS.has(word));
  return (meaningful.length ? meaningful : words).join(' ');
}

export interface RankedResult {
  meta: Record<string, string>;
}

/** Names a result answers to exactly: its title, the title without a parenthetical, and any aliases. */
function namesOf(result: RankedResult): string[] {
  const title = result.meta.title ?? '';
  const aliases = (result.meta.aliases ?? '').split('|').filter(Boolean);
  return [
    title,
    title.replace(/\([^)]*\)/g, ''),
    ...[...title.matchAll(/\(([^)]*)\)/g)].map((m) => m[1]),
    ...aliases,
  ].map(normalise);
}

/**
 * Puts results whose title, term or alias equals the query first (Pagefind ranks by word frequency, so an
 * exact title can otherwise sit below a page that repeats the words). The rest keep Pagefind's order.
 */
export function rankExactMatchesFirst<T extends RankedResult>(results: readonly T[], query: string): T[] {
  const wanted = searchTerms(query);
  if (!wanted) return [...results];
  const exact = results.filter((r) => namesOf(r).includes(wanted));
  return [...exact, ...results.filter((r) => !exact.includes(r))];
}

/** Adds ?highlight=… to a result URL (before any #anchor) so the target page can mark the words. */
export function withHighlight(url: string, query: string): string {
  const words = normalise(query);
  if (!words) return url;
  const [path, hash] = url.split('#', 2);
  const separator = path.includes('?') ? '&' : '?';
  return `${path}${separator}highlight=${encodeURIComponent(words)}${hash === undefined ? '' : `#${hash}`}`;
}

export interface TypedResult {
  filters: Record<string, string[]>;
}

/**
 * Keeps the first `top` results varied: at most one short record of each kind (glossary term, timeline event,
 * claim, argument…) among them, the rest keeping their order. Articles are not limited. Three records that merely
 * mention the words (three claims about one ruling) then leave room for the article that explains it.
 */
export function varyTopResults<T extends TypedResult>(results: readonly T[], top = 3): T[] {
  const kindOf = (r: T) => r.filters.type?.[0] ?? 'page';
  const chosen: T[] = [];
  const seen = new Set<string>();
  for (const result of results) {
    if (chosen.length === top) break;
    const kind = kindOf(result);
    if (kind === 'article' || !seen.has(kind)) {
      chosen.push(result);
      seen.add(kind);
    }
  }
  return [...chosen, ...results.filter((r) => !chosen.includes(r))];
}
