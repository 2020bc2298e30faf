/** The slice of Pagefind's browser API this site uses (see pagefind.app/docs/api). */
export interface PagefindSubResult {
  title: string;
  url: string;
  excerpt: string;
}

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: PagefindSubResult[];
}

interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: Record<string, unknown>,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] }>;
  debouncedSearch(
    query: string,
    options?: Record<string, unknown>,
    debounceMs?: number,
  ): Promise<{ results: { data(): Promise<PagefindResultData> }[] } | null>;
}

let loading: Promise<PagefindApi | null> | undefined;

/** Loads the index once; resolves to null when it is missing (dev server, failed deploy). */
export function loadPagefind(): Promise<PagefindApi | null> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind.js`;
  loading ??= import(/* @vite-ignore */ url)
    .then(async (pagefind: PagefindApi) => {
      // Page length counts for less than Pagefind's default (0.75), so a full article is not outranked by every
      // short glossary, timeline, claim or argument record that merely mentions the words searched for.
      // Result URLs are site paths; under a base path (a GitHub Pages project) Pagefind must put it in front.
      await pagefind.options({ baseUrl: import.meta.env.BASE_URL, excerptLength: 24, ranking: { pageLength: 0.3 } });
      await pagefind.init();
      return pagefind;
    })
    .catch(() => null);
  return loading;
}
