import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSite } from '../../scripts/lib/build-site';
import { makeSiteCopy, projectRoot } from '../../scripts/lib/site-copy';

const copy = makeSiteCopy();
afterAll(() => copy.remove());

describe('a bad article', () => {
  it('stops the build with a message naming the file, the citation and the fix', async () => {
    cpSync(join(projectRoot, 'tests/fixtures/broken-content/undeclared-cite/files'), join(copy.dir, 'content'), {
      recursive: true,
    });
    await expect(buildSite(copy.dir)).rejects.toThrow(
      'content/articles/the-proposal/fixture-article.mdx → `<Cite id="fixture-relase">`: cites an unknown source. Found: "fixture-relase". Fix: add content/sources/fixture-relase.yaml',
    );
  });
});
