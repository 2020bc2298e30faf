import { parseSearchState, searchStateToParams } from '../lib/search';
import { mountSearch } from './search-ui';

// The /search/ page: mount the form in place, run the search in the URL, and keep the URL in step with it,
// so a search (words and filters) can be shared as a link.
const root = document.getElementById('search-page');
if (root) {
  const ui = mountSearch(root, (state) => {
    const params = searchStateToParams(state).toString();
    history.replaceState(null, '', params ? `?${params}` : location.pathname);
  });
  const state = parseSearchState(new URLSearchParams(location.search));
  ui.setState(state);
  if (state.query || state.section || state.type) void ui.search();
  ui.input.focus();
}
