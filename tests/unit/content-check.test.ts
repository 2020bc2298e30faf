import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatAnnotation, formatProblem, formatReport } from '../../src/lib/content-check';
import { buildContentGraph } from '../../src/lib/content/graph';
import { isoDay } from '../../src/lib/dates';
import { newestFirst } from '../../src/lib/updates';
import { projectRoot } from '../../scripts/lib/site-copy';

const fixtures = join(projectRoot, 'tests/fixtures');
const today = new Date('2026-11-26T12:00:00Z');
const cases = readdirSync(join(fixtures, 'broken-content'));
const accepted = readdirSync(join(fixtures, 'accepted-content'));
const made: string[] = [];

/** A project folder whose content/ is the valid fixture with one broken (or accepted) case laid over it. */
function withCase(name?: string, kind = 'broken-content'): string {
  const root = mkdtempSync(join(tmpdir(), 'content-check-'));
  made.push(root);
  cpSync(join(fixtures, 'valid-content'), join(root, 'content'), { recursive: true });
  if (!name) return root;
  const dir = join(fixtures, kind, name);
  const spec = JSON.parse(readFileSync(join(dir, 'case.json'), 'utf8')) as { remove?: string[] };
  for (const file of spec.remove ?? []) rmSync(join(root, 'content', file));
  if (existsSync(join(dir, 'files'))) cpSync(join(dir, 'files'), join(root, 'content'), { recursive: true });
  return root;
}

afterEach(() => {
  while (made.length) rmSync(made.pop()!, { recursive: true, force: true });
});

describe('content checker', () => {
  it('finds nothing wrong with the valid fixture', () => {
    expect(checkContent(withCase(), today)).toEqual([]);
  });

  it.each(cases)('rejects the broken case "%s" with its exact messages', (name) => {
    const { expected } = JSON.parse(readFileSync(join(fixtures, 'broken-content', name, 'case.json'), 'utf8')) as {
      expected: string[];
    };
    const messages = checkContent(withCase(name), today).map(formatProblem).sort();
    expect(messages).toEqual([...expected].sort());
  });

  it.each(accepted)('accepts the case "%s"', (name) => {
    const root = withCase(name, 'accepted-content');
    const spec = JSON.parse(readFileSync(join(fixtures, 'accepted-content', name, 'case.json'), 'utf8')) as {
      readingOrder?: string[];
      citations?: Record<string, string[]>;
      /** Each article's update days, newest first. */
      updates?: Record<string, string[]>;
    };
    expect(checkContent(root, today).map(formatProblem)).toEqual([]);
    const graph = buildContentGraph(root);
    if (spec.readingOrder) expect(graph.published.map((a) => a.id)).toEqual(spec.readingOrder);
    for (const [id, sources] of Object.entries(spec.citations ?? {})) {
      expect(graph.published.find((a) => a.id === id)?.mdx.citations).toEqual(sources);
    }
    for (const [id, days] of Object.entries(spec.updates ?? {})) {
      const article = graph.published.find((a) => a.id === id)!;
      expect(newestFirst(article.data.updates).map((u) => isoDay(u.date))).toEqual(days);
    }
  });

  it('points a problem inside a list of updates at the line of the item and key it is about', () => {
    const name = 'update-dates-out-of-order';
    const file = 'content/articles/the-proposal/fixture-article.mdx';
    const lines = readFileSync(
      join(fixtures, 'broken-content', name, 'files/articles/the-proposal/fixture-article.mdx'),
      'utf8',
    ).split('\n');
    /** The line of the `nth` occurrence of `text`. */
    const lineOf = (text: string, nth = 1) =>
      lines.map((l, i) => (l.includes(text) ? i + 1 : 0)).filter(Boolean)[nth - 1];
    const problems = checkContent(withCase(name), today).filter((p) => p.file === file);
    const at = (field: string) => problems.find((p) => p.field === field)?.line;
    expect(at('updates[0].date')).toBe(lineOf('date: "2026-11-01"'));
    expect(at('updates[1].date')).toBe(lineOf('"2026-11-24"'));
    expect(at('updates[4].date')).toBe(lineOf('date: 2026-11-10'));

    const notes = checkContent(withCase('update-note-missing-empty-too-long'), today).filter((p) => p.file === file);
    const noteLines = readFileSync(
      join(
        fixtures,
        'broken-content/update-note-missing-empty-too-long/files/articles/the-proposal/fixture-article.mdx',
      ),
      'utf8',
    ).split('\n');
    // A missing note points at its item; a bad one at its own line.
    expect(notes.find((p) => p.field === 'updates[0].note')?.line).toBe(
      noteLines.findIndex((l) => l.includes('"2026-11-10"')) + 1,
    );
    expect(notes.find((p) => p.field === 'updates[1].note')?.line).toBe(
      noteLines.findIndex((l) => l.includes('note: "   "')) + 1,
    );
  });

  it('reports every problem at once, grouped by file', () => {
    const root = withCase('misspelt-key');
    cpSync(join(fixtures, 'broken-content/bad-enum/files'), join(root, 'content'), { recursive: true });
    const report = formatReport(checkContent(root, today));
    expect(report).toMatch(/^4 problems in 2 files:/);
    expect(report.indexOf('content/articles/the-proposal/fixture-article.mdx\n')).toBeLessThan(
      report.indexOf('content/sources/fixture-news.yaml\n'),
    );
  });

  it.each([
    ['long-short-title', 'the short title’s own line', 2],
    ['missing-short-title', 'the title’s line, where it belongs', 1],
  ])('points a "%s" problem at %s', (name, _where, line) => {
    const [problem] = checkContent(withCase(name), today);
    expect(problem).toMatchObject({ file: 'content/sources/fixture-news.yaml', field: 'short', line });
  });
});

describe('GitHub annotations', () => {
  it('escapes what GitHub would otherwise read as the end of a property or the message', () => {
    const annotation = formatAnnotation({
      file: 'content/a,b.mdx',
      line: 7,
      field: 'keyPoints[0]',
      message: 'is wrong: 100%',
      found: '"x\ny"',
      fix: 'fix it',
    });
    expect(annotation).toBe(
      '::error file=content/a%2Cb.mdx,line=7,title=keyPoints[0]::is wrong: 100%25. Found: "x%0Ay". Fix: fix it',
    );
  });

  it('leaves out the line when the problem has none', () => {
    expect(formatAnnotation({ file: 'content/x.yaml', field: '(whole file)', message: 'm', fix: 'f' })).toBe(
      '::error file=content/x.yaml,title=(whole file)::m. Fix: f',
    );
  });
});
