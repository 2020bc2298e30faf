import AxeBuilder from '@axe-core/playwright';
import { describe, expect, inject, it } from 'vitest';
import { exampleResultLabels } from '../../src/config/explainer';
import { exampleUrl, pages, withBase } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { answersOf, rankExamples } from '../../src/lib/example-match';
import { projectRoot } from '../../scripts/lib/site-copy';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const examples = buildContentGraph(projectRoot).examples.map((e) => ({
  id: e.id,
  title: e.valid.title,
  outcomes: e.valid.outcomes,
  answers: answersOf(e.valid.steps),
}));
/** Examples that the ranking puts first when answered like themselves, the one with most answers first. */
const distinct = examples
  .filter((e) => rankExamples(e.answers, examples)[0].id === e.id)
  .sort((a, b) => Object.keys(b.answers).length - Object.keys(a.answers).length);

describe('answer for your own system', () => {
  it('ranks first the worked example whose answers the reader gives, with its outcomes under each version', async () => {
    expect(distinct.length).toBeGreaterThan(1);
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}${pages.examples}`);
    const result = page.locator('[data-example-result]');
    for (const example of [distinct[0], distinct.at(-1)!]) {
      await page.locator('[data-example-match]').evaluate((form: HTMLFormElement) => form.reset());
      for (const [key, answer] of Object.entries(example.answers))
        await page.locator(`input[name="${key}"][value="${answer}"]`).check();
      const closest = result.locator('a').first();
      await expect(closest.textContent()).resolves.toBe(example.title);
      await expect(closest.getAttribute('href')).resolves.toBe(withBase(exampleUrl(example.id)));
      const text = (await result.textContent()) ?? '';
      const count = Object.keys(example.answers).length;
      expect(text).toContain(`(${count} of ${count} answers alike)`);
      for (const outcome of example.outcomes) expect(text).toContain(exampleResultLabels[outcome.result]);
    }
    await expect(page.locator('[data-example-match]').getByText('Not legal advice').isVisible()).resolves.toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(violations.map((v) => `${colorScheme}: ${v.id}`)).toEqual([]);
    }
    expect(errors).toEqual([]);
    await page.close();
  });

  it('leaves the page as the static overview, with no form, when JavaScript is off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${baseUrl}${pages.examples}`);
      await expect(page.locator('[data-example-match]').isVisible()).resolves.toBe(false);
      await expect(page.locator('tr[data-answers]:visible').count()).resolves.toBe(examples.length);
    } finally {
      await noJs.close();
    }
  });
});
