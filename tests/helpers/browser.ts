import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, type Browser } from '../../scripts/lib/browser';

export { launchBrowser, watchErrors, type Browser } from '../../scripts/lib/browser';

/** One browser for all the tests of a file: launched before them, closed after. Call at the top of the file. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error('The browser is not running: call useBrowser() at the top level of the test file.');
    return browser;
  };
}
