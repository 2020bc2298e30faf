// Marks the searched words on a page opened from a search result (?highlight=…), using Pagefind's highlighter.
type Highlighter = new (options: { highlightParam: string; markContext: string; addStyles: boolean }) => unknown;

export async function highlightSearchTerms(): Promise<void> {
  const url = `${import.meta.env.BASE_URL}pagefind/pagefind-highlight.js`;
  const module = (await import(/* @vite-ignore */ url).catch(() => null)) as { default?: Highlighter } | null;
  if (module?.default) new module.default({ highlightParam: 'highlight', markContext: 'main', addStyles: false });
}
