// Loads the copy buttons of "Cite this page" the first time the reader opens it; nothing more runs before that.
// The module comes through the fixed address the page names (src/integrations/lazy-entry.ts), so this script
// needs no bundler helper.
import type { enableCopy } from './cite-copy';

const details = document.querySelector<HTMLDetailsElement>('[data-cite]');
const entry = import.meta.env.DEV ? `${import.meta.env.BASE_URL}src/scripts/cite-copy.ts` : details?.dataset.cite;
if (details && entry)
  details.addEventListener(
    'toggle',
    () =>
      void import(/* @vite-ignore */ entry).then((copy: { enableCopy: typeof enableCopy }) => copy.enableCopy(details)),
    { once: true },
  );
