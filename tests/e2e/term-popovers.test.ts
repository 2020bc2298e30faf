import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { glossaryEntryUrl, termDefinitionId, withBase } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { componentIdsIn } from '../../src/lib/content/mdx';
import { projectRoot } from '../../scripts/lib/site-copy';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

// The article and term under test, and what the reader must see, come from content/ through the content graph.
const graph = buildContentGraph(projectRoot);
const article = graph.published.find((a) => componentIdsIn(a.mdx.tree!, 'Term').length > 0)!;
const termId = componentIdsIn(article.mdx.tree!, 'Term')[0];
const term = graph.glossary.get(termId)!.valid;
const target = termDefinitionId(termId);
const button = (page: Page) => page.locator(`button[popovertarget="${target}"]`);
const popover = (page: Page) => page.locator(`[id="${target}"]`);
const isOpen = (page: Page) => popover(page).evaluate((el) => el.matches(':popover-open'));
const focusedTarget = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('popovertarget'));
/** The definition as shown: the popover's text before its link. */
const shownDefinition = (page: Page) => popover(page).evaluate((el) => el.firstChild?.textContent?.trim());

/** The accessibility tree's view of the term's button and the popover (Chromium's own, through the DevTools protocol). */
async function accessibility(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: {
      nodeId: string;
      ignored: boolean;
      role?: { value: string };
      name?: { value: string };
      childIds?: string[];
      properties?: { name: string; value: { value: unknown } }[];
    }[];
  };
  await cdp.detach();
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const textUnder = (id: string): string => {
    const node = byId.get(id);
    if (!node || node.ignored) return '';
    return node.role?.value === 'StaticText' ? (node.name?.value ?? '') : (node.childIds ?? []).map(textUnder).join('');
  };
  const name = await button(page).innerText();
  const invoker = nodes.find((n) => n.role?.value === 'button' && n.name?.value === name);
  const expanded = invoker?.properties?.find((p) => p.name === 'expanded')?.value.value;
  const exposed = nodes.filter((n) => !n.ignored && n.role?.value === 'group').map((n) => textUnder(n.nodeId));
  return { expanded, exposed };
}

describe(`a glossary term in an article (${article.url}, "${termId}")`, () => {
  it('opens its short definition from the keyboard, exposes it, and closes with Escape, returning focus', async () => {
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}${withBase(article.url)}`);
    await expect(isOpen(page)).resolves.toBe(false);
    await expect(accessibility(page)).resolves.toMatchObject({ expanded: false });
    for (let i = 0; i < 200 && (await focusedTarget(page)) !== target; i++) await page.keyboard.press('Tab');
    await expect(focusedTarget(page)).resolves.toBe(target);

    await page.keyboard.press('Enter');
    await expect(isOpen(page)).resolves.toBe(true);
    await expect(shownDefinition(page)).resolves.toBe(term.short);
    const opened = await accessibility(page);
    expect(opened.expanded).toBe(true);
    expect(opened.exposed.some((text) => text.includes(term.short))).toBe(true);
    // Positioned under the term that opened it.
    const [termBox, popoverBox] = await Promise.all([button(page).boundingBox(), popover(page).boundingBox()]);
    expect(popoverBox!.y).toBeGreaterThanOrEqual(termBox!.y + termBox!.height);

    // Tab goes into the definition, Escape closes it and puts focus back on the term.
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.closest('[popover]')?.id)).resolves.toBe(target);
    await page.keyboard.press('Escape');
    await expect(isOpen(page)).resolves.toBe(false);
    await expect(focusedTarget(page)).resolves.toBe(target);
    await expect(accessibility(page)).resolves.toMatchObject({ expanded: false });

    await page.keyboard.press('Space');
    await expect(isOpen(page)).resolves.toBe(true);
    await page.keyboard.press('Escape');
    await expect(isOpen(page)).resolves.toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('opens on click and on tap, closes on a click elsewhere, and links on to the full entry', async () => {
    const touch = await launchBrowser({ hasTouch: true });
    try {
      const tapped = await touch.context.newPage();
      await tapped.goto(`${baseUrl}${withBase(article.url)}`);
      await button(tapped).tap();
      await expect(isOpen(tapped)).resolves.toBe(true);
      await expect(shownDefinition(tapped)).resolves.toBe(term.short);
    } finally {
      await touch.close();
    }

    const page = await browser().context.newPage();
    await page.goto(`${baseUrl}${withBase(article.url)}`);
    await button(page).click();
    await expect(isOpen(page)).resolves.toBe(true);
    await page.mouse.click(2, 2);
    await expect(isOpen(page)).resolves.toBe(false);

    await button(page).click();
    await popover(page).getByRole('link').click();
    await page.waitForURL(`${baseUrl}${withBase(glossaryEntryUrl(termId))}`);
    await expect(page.locator(`[id="${termId}"]`).textContent()).resolves.toBe(term.term);
    await page.close();
  });

  it('opens on hover where the browser supports interest invokers', async () => {
    const page = await browser().context.newPage();
    await page.goto(`${baseUrl}${withBase(article.url)}`);
    const supported = await page.evaluate(() => 'interestForElement' in HTMLButtonElement.prototype);
    if (supported) {
      await button(page).hover();
      await page.waitForFunction((id) => document.getElementById(id)?.matches(':popover-open'), target);
      await expect(shownDefinition(page)).resolves.toBe(term.short);
    }
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the definition open, ${scheme} scheme, and is hidden in print`, async () => {
      const page = await browser().context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${baseUrl}${withBase(article.url)}`);
      await button(page).click();
      const results = await new AxeBuilder({ page })
        .include(`[id="${target}"]`)
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await page.emulateMedia({ media: 'print' });
      await expect(popover(page).evaluate((el) => getComputedStyle(el).display)).resolves.toBe('none');
      await page.close();
    });
  }
});
