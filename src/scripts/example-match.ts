// "Answer for your own system", with JavaScript: the form appears, and each answer ranks the worked examples by
// how alike their answers are, naming the closest three and the closest one's outcomes (read from its table row).
// Without JavaScript the form stays hidden and the overview table is the page. Kept small: the page's budget for
// JavaScript before interaction is 1 KB gzip, search loader included.
import { rankExamples, type MatchAnswers } from '../lib/example-match';

const form = document.querySelector<HTMLFormElement>('[data-example-match]');
const rows = [...document.querySelectorAll<HTMLTableRowElement>('tr[data-answers]')];
const examples = rows.map((row) => ({ id: row.id, answers: JSON.parse(row.dataset.answers!) }));

if (form) {
  form.hidden = false;
  form.onsubmit = (event) => event.preventDefault();
  form.onchange = () => {
    form.querySelector('[data-example-result]')!.innerHTML = rankExamples(
      Object.fromEntries(new FormData(form)) as MatchAnswers,
      examples,
    )
      .slice(0, 3)
      .map(({ id, alike, compared }, i) => {
        const row = rows.find((r) => r.id === id)!;
        // The row's cells hold only the site's own labels ("Rule 3b-16 as adopted in 1998 (in force): Not an exchange (likely)").
        const read = [...row.cells].slice(1).map((cell) => `<li>${cell.textContent}</li>`);
        return `<p>${i ? 'Also close' : 'Closest'}: ${row.querySelector('a')!.outerHTML} (${alike} of ${compared} answers alike)</p>${i ? '' : `<ul>${read.join('')}</ul>`}`;
      })
      .join('');
  };
}
