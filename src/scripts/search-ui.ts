import { loadPagefind, type PagefindResultData } from './pagefind';

const MAX_RESULTS = 10;

interface SearchUi {
  input: HTMLInputElement;
  search(query: string): Promise<void>;
}

const mounted = new WeakMap<HTMLElement, SearchUi>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function noResultsHelp(): HTMLElement {
  const help = el('p', { class: 'mt-2 text-sm' });
  help.append('Try other words, or browse: ');
  const links: [string, string][] = [
    ['/glossary/', 'the glossary'],
    ['/timeline/', 'the timeline'],
    ['/the-proposal/', 'The proposal'],
    ['/the-pushback/', 'The pushback'],
    ['/the-shift/', 'The SEC’s shift in tone'],
    ['/whats-next/', 'What’s next'],
  ];
  links.forEach(([href, label], i) => {
    help.append(el('a', { href, class: 'link' }, label), i < links.length - 1 ? ', ' : '.');
  });
  return help;
}

function renderResult(data: PagefindResultData): HTMLLIElement {
  const item = el('li');
  const link = el('a', {
    href: data.url,
    'data-search-result': '',
    class: 'block rounded-md p-3 no-underline hover:bg-slate-100 focus:bg-slate-100 dark:hover:bg-slate-800 dark:focus:bg-slate-800',
  });
  const kind = [data.filters.type?.[0], data.filters.section?.[0]].filter(Boolean).join(' · ');
  if (kind) link.append(el('span', { class: 'eyebrow block text-xs' }, kind));
  link.append(el('span', { class: 'block font-semibold text-blue-800 dark:text-sky-300' }, data.meta.title ?? data.url));
  const excerpt = el('span', { class: 'block text-sm text-slate-700 dark:text-slate-300' });
  excerpt.innerHTML = data.excerpt; // Pagefind escapes page text and adds only <mark>.
  link.append(excerpt);
  item.append(link);
  return item;
}

/** Builds the search form inside `root` (the dialog or the /search/ page) and returns its controls. */
export function mountSearch(root: HTMLElement): SearchUi {
  const existing = mounted.get(root);
  if (existing) return existing;

  const form = el('form', { role: 'search', action: '/search/', method: 'get' });
  const label = el('label', { for: `${root.id || 'search'}-input`, class: 'eyebrow block' }, 'Search the explainer');
  const input = el('input', {
    id: `${root.id || 'search'}-input`,
    type: 'search',
    name: 'q',
    autocomplete: 'off',
    spellcheck: 'false',
    placeholder: 'e.g. communication protocol systems',
    class: 'mt-1 w-full rounded-md border border-slate-400 bg-transparent px-3 py-2 text-base dark:border-slate-500',
  }) as HTMLInputElement;
  const status = el('p', { role: 'status', class: 'mt-3 text-sm text-slate-700 dark:text-slate-300' });
  const list = el('ol', { class: 'mt-2 space-y-1', 'aria-label': 'Search results' });
  form.append(label, input);
  root.replaceChildren(form, status, list);

  const results = () => [...list.querySelectorAll<HTMLAnchorElement>('[data-search-result]')];

  async function search(query: string) {
    const pagefind = await loadPagefind();
    if (!pagefind) {
      status.textContent = import.meta.env.DEV
        ? 'Search works on a built site: run “npm start” and open http://localhost:4321.'
        : 'Search is unavailable right now: the search index could not be loaded. Browse the sections instead.';
      list.replaceChildren();
      return;
    }
    const trimmed = query.trim();
    if (!trimmed) {
      status.textContent = '';
      list.replaceChildren();
      return;
    }
    const response = await pagefind.debouncedSearch(trimmed, {}, 150);
    if (response === null) return; // superseded by a newer keystroke
    const data = await Promise.all(response.results.slice(0, MAX_RESULTS).map((r) => r.data()));
    if (input.value.trim() !== trimmed) return;
    list.replaceChildren(...data.map(renderResult));
    const total = response.results.length;
    status.replaceChildren(
      total === 0
        ? `No results for “${trimmed}”.`
        : `${total} result${total === 1 ? '' : 's'} for “${trimmed}”${total > MAX_RESULTS ? `, showing the first ${MAX_RESULTS}` : ''}.`,
    );
    if (total === 0) status.append(noResultsHelp());
  }

  input.addEventListener('input', () => void search(input.value));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    results()[0]?.click();
  });
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const links = results();
    if (!links.length) return;
    event.preventDefault();
    const index = links.indexOf(document.activeElement as HTMLAnchorElement);
    if (event.key === 'ArrowUp' && index <= 0) input.focus();
    else links[Math.min(links.length - 1, event.key === 'ArrowDown' ? index + 1 : index - 1)].focus();
  });

  const ui = { input, search };
  mounted.set(root, ui);
  return ui;
}

export function openSearchDialog(): void {
  const dialog = document.getElementById('search-dialog');
  const root = dialog?.querySelector<HTMLElement>('[data-search-root]');
  if (!(dialog instanceof HTMLDialogElement) || !root) return;
  const ui = mountSearch(root);
  if (!dialog.open) dialog.showModal();
  ui.input.focus();
  ui.input.select();
}
