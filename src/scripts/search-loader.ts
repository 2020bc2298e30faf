// The only script every page loads: it waits for the reader to ask for search, then fetches the UI.
// Kept tiny on purpose (budget: 1 KB gzip). The UI is imported through /search-entry.js, a one-line module
// the build writes next to the hashed bundle (src/integrations/search-entry.ts), so that this script needs
// none of Vite's dynamic-import helper code; the UI registers itself as window.explainerSearch.

import type { SearchApi } from './search-ui';
// Rides along in this one script rather than adding a second to every article (its own request and ~0.15 KB of
// first view): it does nothing on a page without "Cite this page".
import './cite-loader';

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
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey))
    open(event);
});

// Arriving from a search result: mark the words searched for.
if (new URLSearchParams(location.search).has('highlight')) void load().then((ui) => ui.highlightSearchTerms());
