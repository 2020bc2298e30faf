import { describe, expect, inject, it } from 'vitest';
import { pages } from '../../src/config/routes';
import { buildContentGraph } from '../../src/lib/content/graph';
import { matchesLedgerFilter } from '../../src/lib/ledger';
import { projectRoot } from '../../scripts/lib/site-copy';
import { launchBrowser, useBrowser, watchErrors } from '../helpers/browser';

const baseUrl = inject('baseUrl');
const browser = useBrowser();
const rows = buildContentGraph(projectRoot).arguments.map((a) => ({
  id: a.id,
  side: a.valid.side,
  roles: [...new Set(a.valid.madeBy.map((m) => m.role))],
  outcome: a.valid.outcome.status,
}));
const visibleRows = (page: import('playwright-core').Page) =>
  page.locator('tr[data-side]:visible').evaluateAll((trs) => trs.map((tr) => tr.id));

describe('the argument ledger', () => {
  it('filters by side, by who made it and by outcome, keeping the choice in the address', async () => {
    const page = await browser().context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}${pages.ledger}`);
    expect(await visibleRows(page)).toEqual(rows.map((r) => r.id));
    await page.getByLabel('Side').selectOption('for');
    await page.waitForURL(/\?side=for$/);
    expect(await visibleRows(page)).toEqual(
      rows.filter((r) => matchesLedgerFilter(r, { side: 'for' })).map((r) => r.id),
    );
    await expect(page.locator('[data-ledger-count]').textContent()).resolves.toBe(
      `Showing ${rows.filter((r) => r.side === 'for').length} of ${rows.length} arguments.`,
    );

    // A shared address opens with its filter applied.
    const role = rows.find((r) => r.side === 'against')!.roles[0];
    await page.goto(`${baseUrl}${pages.ledger}?side=against&role=${role}`);
    const expected = rows.filter((r) => matchesLedgerFilter(r, { side: 'against', role })).map((r) => r.id);
    expect(expected.length).toBeGreaterThan(0);
    expect(await visibleRows(page)).toEqual(expected);
    await expect(page.getByLabel('Made by').inputValue()).resolves.toBe(role);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('shows every argument, and no form that would do nothing, with JavaScript off', async () => {
    const noJs = await launchBrowser({ javaScriptEnabled: false });
    try {
      const page = await noJs.context.newPage();
      await page.goto(`${baseUrl}${pages.ledger}?side=for`);
      expect(await visibleRows(page)).toEqual(rows.map((r) => r.id));
      await expect(page.locator('[data-ledger-filter]').isVisible()).resolves.toBe(false);
    } finally {
      await noJs.close();
    }
  });
});
