import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/config/site';
import { checkContent, formatReport } from '../../src/lib/content-check';
import { generateCorpus, writeCorpus } from '../../scripts/lib/corpus';

const root = mkdtempSync(join(tmpdir(), 'corpus-test-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const files = generateCorpus({ articles: 20 });
const articles = files.filter((f) => f.path.startsWith('articles/'));
const bodyOf = (content: string) => content.split(/^---$/m).slice(2).join('---');
const wordsIn = (body: string) =>
  body
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;

describe('generateCorpus', () => {
  it('writes a content tree that passes the content checker', () => {
    writeCorpus(join(root, 'content'), files);
    const problems = checkContent(root);
    expect(problems, problems.length ? formatReport(problems) : '').toEqual([]);
  });

  it('spreads the articles over the four sections with sources, terms, events and one claim', () => {
    expect(articles).toHaveLength(20);
    for (const section of sectionIds)
      expect(articles.filter((f) => f.path.startsWith(`articles/${section}/`))).toHaveLength(5);
    expect(files.filter((f) => f.path.startsWith('claims/'))).toHaveLength(1);
    for (const folder of ['sources', 'glossary', 'timeline'])
      expect(files.filter((f) => f.path.startsWith(`${folder}/`)).length).toBeGreaterThanOrEqual(6);
  });

  it('gives each article about 800 words with headings, citations and glossary links', () => {
    const counts = articles.map((f) => wordsIn(bodyOf(f.content)));
    const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
    expect(mean).toBeGreaterThan(650);
    expect(mean).toBeLessThan(1000);
    for (const { content } of articles) {
      expect(content).toMatch(/^## /m);
      expect(content).toMatch(/<Cite id="[^"]+" \/>/);
      expect(content).toMatch(/<Term id="[^"]+">/);
    }
  });

  it('is deterministic for a seed and varies with it', () => {
    expect(generateCorpus({ articles: 20 })).toEqual(files);
    expect(generateCorpus({ articles: 20, seed: 2 })).not.toEqual(files);
  });

  it('refuses to write into a folder that is not empty', () => {
    expect(() => writeCorpus(join(root, 'content'), files)).toThrow(/not empty/);
  });
});
