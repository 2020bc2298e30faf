import { pages, sectionUrl } from '../config/routes';
import { searchTypes, sections } from '../config/site';
import {
  pagefindFilters,
  rankExactMatchesFirst,
  searchTerms,
  varyTopResults,
  withHighlight,
  type SearchState,
} from '../lib/search';
import { highlightSearchTerms } from './highlight';
import { loadPagefind, type PagefindResultData } from './pagefind';
import { enableCopy } from './cite-copy';

const SHOWN = 10;
/** Results fetched in full before re-ranking, so an exact title just past the first page can still come first. */
const CONSIDERED = 20;
const SUB_RESULTS = 3;

export interface SearchUi {
  input: HTMLInputElement;
  setState(state: SearchState): void;
  search(): Promise<void>;
}

const mounted = new WeakMap<HTMLElement, SearchUi>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

const sectionTitle = (id?: string) => sections.find((s) => s.id === id)?.title;

function browseLinks(): HTMLElement {
  const help = el('span', { class: 'mt-1 block' });
  help.append(' Try other words or filters, or browse: ');
  const links: [string, string][] = [
    [pages.glossary, 'the glossary'],
    [pages.timeline, 'the timeline'],
    ...sections.map((s): [string, string] => [sectionUrl(s.id), s.title]),
  ];
  links.forEach(([href, label], i) =>
    help.append(el('a', { href, class: 'link' }, label), i < links.length - 1 ? ', ' : '.'),
  );
  return help;
}

function select(id: string, name: string, label: string, options: [string, string][]): HTMLDivElement {
  const wrapper = el('div', { class: 'flex flex-col text-sm' });
  wrapper.append(el('label', { for: id }, label));
  const control = el('select', {
    id,
    name,
    class:
      'mt-1 rounded-md border border-slate-400 bg-white px-2 py-1 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100',
  });
  for (const [value, text] of options) control.append(el('option', { value }, text));
  wrapper.append(control);
  return wrapper;
}

function excerptSpan(html: string): HTMLSpanElement {
  const span = el('span', { class: 'block text-sm text-slate-700 dark:text-slate-300' });
  span.innerHTML = html; // Pagefind escapes the indexed text and adds only <mark>.
  return span;
}

function renderResult(data: PagefindResultData, query: string): HTMLLIElement {
  const item = el('li', { class: 'rounded-md hover:bg-slate-100 dark:hover:bg-slate-800' });
  const link = el('a', {
    href: withHighlight(data.url, query),
    'data-search-result': '',
    class: 'block rounded-md p-3 no-underline focus:bg-slate-100 dark:focus:bg-slate-800',
  });
  const type = searchTypes[data.filters.type?.[0] as keyof typeof searchTypes]?.singular;
  const kind = [type, sectionTitle(data.filters.section?.[0])].filter(Boolean).join(' · ');
  if (kind) link.append(el('span', { class: 'eyebrow block text-xs' }, kind));
  link.append(
    el('span', { class: 'block font-semibold text-blue-800 underline dark:text-sky-300' }, data.meta.title ?? data.url),
    excerptSpan(data.excerpt),
  );
  item.append(link);
  const subs = data.sub_results.filter((sub) => sub.url !== data.url && sub.url.includes('#')).slice(0, SUB_RESULTS);
  if (subs.length) {
    const list = el('ul', { class: 'mb-2 ml-6 space-y-1 border-l border-slate-300 pl-3 dark:border-slate-600' });
    for (const sub of subs) {
      const subLink = el('a', {
        href: withHighlight(sub.url, query),
        'data-search-result': '',
        'data-search-sub': '',
        class: 'block rounded px-2 py-1 text-sm no-underline focus:bg-slate-100 dark:focus:bg-slate-800',
      });
      subLink.append(el('span', { class: 'block font-medium text-blue-800 underline dark:text-sky-300' }, sub.title));
      const li = el('li');
      li.append(subLink);
      list.append(li);
    }
    item.append(list);
  }
  return item;
}

/** Builds the search form inside `root` (the dialog or the /search/ page) and returns its controls. */
export function mountSearch(root: HTMLElement, onChange?: (state: SearchState) => void): SearchUi {
  const existing = mounted.get(root);
  if (existing) return existing;
  const prefix = root.id || 'search';

  const form = el('form', { role: 'search', action: pages.search, method: 'get' });
  const label = el('label', { for: `${prefix}-input`, class: 'eyebrow block' }, 'Search the explainer');
  const input = el('input', {
    id: `${prefix}-input`,
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. communication protocol systems',
    class: 'mt-1 w-full rounded-md border border-slate-400 bg-transparent px-3 py-2 text-base dark:border-slate-500',
  }) as HTMLInputElement;
  const filters = el('div', { class: 'mt-3 grid grid-cols-2 gap-3' });
  const sectionSelect = select(`${prefix}-section`, 'section', 'Section', [
    ['', 'All sections'],
    ...sections.map((s): [string, string] => [s.id, s.title]),
  ]);
  const typeSelect = select(`${prefix}-type`, 'type', 'Type', [
    ['', 'All types'],
    ...Object.entries(searchTypes).map(([id, t]): [string, string] => [id, t.label]),
  ]);
  filters.append(sectionSelect, typeSelect);
  const [sectionControl, typeControl] = [sectionSelect, typeSelect].map((l) => l.querySelector('select')!);
  const status = el('p', { role: 'status', class: 'mt-3 text-sm text-slate-700 dark:text-slate-300' });
  const list = el('ol', { class: 'mt-2 space-y-1', 'aria-label': 'Search results' });
  form.append(label, input, filters);
  root.replaceChildren(form, status, list);

  const state = (): SearchState => ({
    query: input.value.trim(),
    ...(sectionControl.value ? { section: sectionControl.value as SearchState['section'] } : {}),
    ...(typeControl.value ? { type: typeControl.value as SearchState['type'] } : {}),
  });
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];
  let latest = 0;

  async function search() {
    const current = state();
    const run = ++latest;
    onChange?.(current);
    const pagefind = await loadPagefind();
    if (!pagefind) {
      status.textContent = import.meta.env.DEV
        ? 'Search works on a built site: run “npm start” and open http://localhost:4321.'
        : 'Search is unavailable right now: the search index could not be loaded. Browse the sections instead.';
      list.replaceChildren();
      return;
    }
    const filtersOnly = !current.query && (current.section || current.type);
    if (!current.query && !filtersOnly) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const options = { filters: pagefindFilters(current) };
    const response = filtersOnly
      ? await pagefind.search(null, options)
      : await pagefind.debouncedSearch(searchTerms(current.query), options, 150);
    if (response === null || run !== latest) return; // a newer keystroke or filter change superseded this one
    const data = await Promise.all(response.results.slice(0, CONSIDERED).map((r) => r.data()));
    if (run !== latest) return;
    const ranked = varyTopResults(rankExactMatchesFirst(data, current.query)).slice(0, SHOWN);
    list.replaceChildren(...ranked.map((d) => renderResult(d, searchTerms(current.query))));
    const total = response.results.length;
    const what = current.query ? `for “${current.query}”` : 'matching the filters';
    status.replaceChildren(
      total === 0
        ? `No results ${what}.`
        : `${total} result${total === 1 ? '' : 's'} ${what}${total > SHOWN ? `; showing the first ${SHOWN}` : ''}.`,
    );
    if (total === 0) status.append(browseLinks());
  }

  input.addEventListener('input', () => void search());
  for (const control of [sectionControl, typeControl]) control.addEventListener('change', () => void search());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    links()[0]?.click();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    if (event.target instanceof HTMLSelectElement) return;
    const all = links();
    if (!all.length) return;
    event.preventDefault();
    const index = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowUp' && index <= 0) input.focus();
    else all[Math.min(all.length - 1, event.key === 'ArrowDown' ? index + 1 : index - 1)].focus();
  });

  const ui: SearchUi = {
    input,
    search,
    setState({ query, section, type }) {
      input.value = query;
      sectionControl.value = section ?? '';
      typeControl.value = type ?? '';
    },
  };
  mounted.set(root, ui);
  return ui;
}

export function openSearchDialog(): void {
  const dialog = document.getElementById('search-dialog');
  const root = dialog?.querySelector<HTMLElement>('[data-search-root]');
  if (!(dialog instanceof HTMLDialogElement) || !root) return;
  const ui = mountSearch(root);
  if (!dialog.dataset.ready) {
    dialog.dataset.ready = '';
    // Escape in a search field only clears the field, so close the dialog explicitly.
    dialog.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.preventDefault();
        dialog.close();
      }
    });
  }
  if (!dialog.open) {
    dialog.showModal();
    // A click on the backdrop (outside the panel) closes the dialog.
    dialog.addEventListener('click', (event) => event.target === dialog && dialog.close(), { once: true });
  }
  ui.input.focus();
  ui.input.select();
}

/** What the page loader calls. Bundled chunks rename their exports, so the API is handed over on window. */
export interface SearchApi {
  openSearchDialog(): void;
  highlightSearchTerms(): Promise<void>;
  /** The copy buttons of "Cite this page": they wait in this chunk, which loads on the first interaction. */
  enableCopy(details: HTMLElement): void;
}

declare global {
  interface Window {
    explainerSearch?: SearchApi;
  }
}

window.explainerSearch = { openSearchDialog, highlightSearchTerms, enableCopy };
