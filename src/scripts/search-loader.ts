// The only script every page loads: it waits for the reader to ask for search, then fetches the UI.

const isTyping = (target: EventTarget | null) =>
  target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));

async function open(event: Event) {
  event.preventDefault();
  const { openSearchDialog } = await import('./search-ui');
  openSearchDialog();
}

document.querySelector('[data-search-open]')?.addEventListener('click', open);
document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.metaKey || event.ctrlKey);
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.metaKey && !event.ctrlKey && !event.altKey)) {
    void open(event);
  }
});

// Arriving from a search result: mark the words searched for.
if (new URLSearchParams(location.search).has('highlight')) {
  void import('./highlight').then((m) => m.highlightSearchTerms());
}
