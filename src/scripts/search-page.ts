import { mountSearch } from './search-ui';

// The /search/ page: mount the form in place and run the query from ?q=, so a search can be shared as a link.
const root = document.getElementById('search-page');
if (root) {
  const ui = mountSearch(root);
  const query = new URLSearchParams(location.search).get('q') ?? '';
  ui.input.value = query;
  if (query) void ui.search(query);
  ui.input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (ui.input.value) url.searchParams.set('q', ui.input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}
