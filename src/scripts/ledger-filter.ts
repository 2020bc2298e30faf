// The ledger's filters, with JavaScript: the form appears, rows that do not match are hidden, and the choice is
// kept in the address (so it can be shared). Without JavaScript the form stays invisible and every row shows; it
// keeps its place either way, so showing it moves nothing on the page (no layout shift).
// Submitting the form (its visually hidden button, or Enter) loads the same page with the choice in the query
// string, which this script then reads: the same state, with no handler to spend the JavaScript budget on.
import {
  ledgerFilterKeys,
  ledgerQuery,
  matchesLedgerFilter,
  parseLedgerFilter,
  type LedgerFilter,
} from '../lib/ledger';

const form = document.querySelector<HTMLFormElement>('[data-ledger-filter]');
const count = document.querySelector('[data-ledger-count]')!;
const rows = [...document.querySelectorAll<HTMLElement>('[data-side]')];

function apply(filter: LedgerFilter) {
  let shown = 0;
  for (const row of rows) {
    const match = matchesLedgerFilter(
      { side: row.dataset.side!, roles: row.dataset.roles!.split(' '), outcome: row.dataset.outcome! },
      filter,
    );
    row.hidden = !match;
    if (match) shown++;
  }
  count.textContent = `Showing ${shown} of ${rows.length} arguments.`;
}

if (form) {
  const select = (key: string) => form.elements.namedItem(key) as HTMLSelectElement;
  const filter = parseLedgerFilter(location.search);
  for (const key of ledgerFilterKeys) select(key).value = filter[key] ?? '';
  form.style.visibility = 'visible'; // a CSSOM change, which the CSP allows (it forbids style attributes)
  apply(filter);
  form.addEventListener('change', () => {
    const chosen = parseLedgerFilter(new URLSearchParams([...new FormData(form)] as string[][]).toString());
    history.replaceState(null, '', (ledgerQuery(chosen) || location.pathname) + location.hash);
    apply(chosen);
  });
}
