// The only script every page loads: it waits for the reader to ask for search, then fetches the UI.
// Kept tiny on purpose (budget: 1 KB gzip). The UI is imported through /search-entry.js, a one-line module
// the build writes next to the hashed bundle (src/integrations/search-entry.ts), so that this script needs
// none of Vite's dynamic-import helper code; the UI registers itself as window.explainerSearch.

import type { SearchApi } from './search-ui';

const entry = `${import.meta.env.BASE_URL}${import.meta.env.DEV ? 'src/scripts/search-ui.ts' : 'search-entry.js'}`;
const load = (): Promise<SearchApi> => import(/* @vite-ignore */ entry).then(() => window.explainerSearch!);

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

function open(event: Event) {
  event.preventDefault();
  void load().then((ui) => ui.openSearchDialog());
}

document.querySelector('[data-search-open]')?.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  const shortcut = /^k$/i.test(event.key) && (event.metaKey || event.ctrlKey);
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey))
    open(event);
});

// Arriving from a search result: mark the words searched for.
if (/[?&]highlight=/.test(location.search)) void load().then((ui) => ui.highlightSearchTerms());

// "Cite this page" gets its copy buttons, from the same chunk, when the reader first opens it.
const cite = document.querySelector<HTMLElement>('[data-cite]');
cite?.addEventListener('toggle', () => void load().then((ui) => ui.enableCopy(cite)), { once: true });
