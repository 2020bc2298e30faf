// "Answer for your own system", with JavaScript: the form appears, and each answer ranks the worked examples by
// how alike their answers are, naming the closest three and the closest one's outcomes (read from its table row).
// Without JavaScript the form stays hidden and the overview table is the page.
import { parseAnswers, rankExamples, type ExampleMatch, type MatchAnswers } from '../lib/example-match';

const form = document.querySelector<HTMLFormElement>('[data-example-match]');
const result = form?.querySelector('[data-example-result]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-answers]')];
const examples = rows.map((row) => ({ id: row.id, answers: parseAnswers(row.dataset.answers!) }));

const el = (tag: string, ...children: (Node | string)[]) => {
  const node = document.createElement(tag);
  node.append(...children);
  return node;
};
const rowOf = (id: string) => rows.find((row) => row.id === id)!;
const named = (m: ExampleMatch) => [
  rowOf(m.id).querySelector('a')!.cloneNode(true),
  ` (${m.alike} of ${m.compared} answers alike)`,
];

function show() {
  const ranked = rankExamples(Object.fromEntries(new FormData(form!)) as MatchAnswers, examples);
  if (!ranked.length) return result!.replaceChildren();
  const [top, ...next] = ranked;
  result!.replaceChildren(
    el('p', 'Closest example: ', ...named(top)),
    el('p', 'How that example was read:'),
    el(
      'ul',
      ...[...rowOf(top.id).cells].slice(1).map((cell) => el('li', cell.textContent!.replace(/\s+/g, ' ').trim())),
    ),
    el('p', 'Next closest: ', ...next.slice(0, 2).flatMap((m, i) => [i ? '; ' : '', ...named(m)]), '.'),
  );
}

if (form && result) {
  form.hidden = false;
  form.addEventListener('change', show);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    show();
  });
}
