// `npm run generate:corpus -- --out DIR [--articles 1000] [--seed 1]`: writes a synthetic, valid content tree
// (articles, sources, glossary, timeline, one claim) into DIR for benchmarks. DIR must be empty or new.
// To build it, copy the site around it: makeSiteCopy(DIR) from tests/helpers/site-copy.ts.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus, writeCorpus } from './lib/corpus.ts';

const { values } = parseArgs({
  options: {
    out: { type: 'string' },
    articles: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
  },
});
const articles = Number(values.articles);
const seed = Number(values.seed);
if (!values.out || !Number.isInteger(articles) || articles < 1 || !Number.isInteger(seed)) {
  console.error('Usage: npm run generate:corpus -- --out DIR [--articles 1000] [--seed 1]');
  process.exit(1);
}
const out = resolve(values.out);
const files = generateCorpus({ articles, seed });
writeCorpus(out, files);
console.log(`Wrote ${files.length} files (${articles} articles, seed ${seed}) to ${out}.`);
