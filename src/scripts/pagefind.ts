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
  const url = '/pagefind/pagefind.js';
  loading ??= import(/* @vite-ignore */ url)
    .then(async (pagefind: PagefindApi) => {
      await pagefind.options({ excerptLength: 24 });
      await pagefind.init();
      return pagefind;
    })
    .catch(() => null);
  return loading;
}
