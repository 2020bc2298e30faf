import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { sectionIds } from '../../src/config/site';
import { checkContent } from '../../src/lib/content-check';
import { parseContentFile } from '../../src/lib/content/parse';
import {
  fillTemplate,
  parseNewArticleArgs,
  planArticle,
  resolveSection,
  slugFromTitle,
} from '../../src/lib/new-article';
import { articleSchema } from '../../src/schemas/article';
import { projectRoot } from '../../scripts/lib/site-copy';

const today = new Date('2026-11-26T12:00:00Z');
const template = readFileSync(join(projectRoot, 'content/_templates/article.mdx'), 'utf8');
const existing = [
  { id: 'the-shift/the-withdrawal', title: 'The June 2025 withdrawal', order: 3 },
  { id: 'the-shift/courtroom-setbacks', title: 'Courtroom setbacks', order: 1 },
  { id: 'the-proposal/the-2023-crypto-turn', title: 'The 2023 crypto turn', order: 7 },
];

describe('parseNewArticleArgs', () => {
  it('reads the flags, with a space or an equals sign', () => {
    expect(
      parseNewArticleArgs(['--section', 'the-shift', '--title=A title: with = signs', '--slug', 'short', '--dry-run']),
    ).toEqual({
      ok: true,
      value: { section: 'the-shift', title: 'A title: with = signs', slug: 'short', dryRun: true, help: false },
    });
    expect(parseNewArticleArgs([])).toEqual({ ok: true, value: { dryRun: false, help: false } });
    expect(parseNewArticleArgs(['-h'])).toMatchObject({ ok: true, value: { help: true } });
  });

  it('refuses a flag without a value, an unknown flag and a stray word', () => {
    expect(parseNewArticleArgs(['--section', 'the-shift', '--title'])).toEqual({
      ok: false,
      errors: ['--title needs a value, e.g. --title "…".'],
    });
    expect(parseNewArticleArgs(['--section', '--title', 'x'])).toEqual({
      ok: false,
      errors: ['--section needs a value, e.g. --section the-proposal.'],
    });
    expect(parseNewArticleArgs(['--titel', 'x'])).toEqual({ ok: false, errors: ['Unknown option "--titel".'] });
    expect(parseNewArticleArgs(['--title', 'Two', 'words'])).toEqual({
      ok: false,
      errors: [
        'Unexpected "words": each value follows its flag, e.g. --section the-proposal, and a title with spaces needs quotes.',
      ],
    });
  });
});

describe('slugFromTitle', () => {
  it.each([
    ['What the January 2022 proposal would have changed', 'what-the-january-2022-proposal-would-have-changed'],
    ['The SEC’s newer crypto work', 'the-secs-newer-crypto-work'],
    ['Why “exchange” matters: a primer', 'why-exchange-matters-a-primer'],
    ['Predictions, 2022–25 — versus reality', 'predictions-2022-25-versus-reality'],
    ['Régulation and/or café', 'regulation-and-or-cafe'],
    ['  -- Spaces  and -- dashes --  ', 'spaces-and-dashes'],
  ])('%s → %s', (title, slug) => {
    expect(slugFromTitle(title)).toBe(slug);
  });

  it('makes only slugs the checker accepts', () => {
    expect(slugFromTitle('DeFi & the “group of persons” (2023)')).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(slugFromTitle('“…” — !')).toBe('');
  });
});

describe('resolveSection', () => {
  it('takes a number from the prompt list or a name', () => {
    expect(resolveSection('3')).toBe(sectionIds[2]);
    expect(resolveSection(' the-pushback ')).toBe('the-pushback');
    expect(resolveSection('9')).toBe('9');
  });
});

describe('planArticle', () => {
  it('puts a new article last in its section, at a slug made from the title', () => {
    expect(planArticle({ section: 'the-shift', title: '  What a   withdrawal leaves behind ' }, existing)).toEqual({
      ok: true,
      value: {
        section: 'the-shift',
        slug: 'what-a-withdrawal-leaves-behind',
        title: 'What a withdrawal leaves behind',
        order: 4,
        file: 'content/articles/the-shift/what-a-withdrawal-leaves-behind.mdx',
      },
    });
    expect(
      planArticle({ section: 'whats-next', title: 'A first article here', slug: 'first' }, existing),
    ).toMatchObject({ ok: true, value: { order: 1, slug: 'first' } });
  });

  it('refuses an unknown section, listing the valid ones', () => {
    expect(planArticle({ section: 'the-shfit', title: 'A perfectly good title' }, existing)).toEqual({
      ok: false,
      errors: [
        'Unknown section "the-shfit". Use one of: the-proposal, the-pushback, the-shift, whats-next (the folders in content/articles/).',
      ],
    });
  });

  it('refuses a slug that exists in any section, naming the file', () => {
    const expected =
      'content/articles/the-proposal/the-2023-crypto-turn.mdx already exists, and slugs must be unique. Choose another title, or pass --slug with another name.';
    expect(
      planArticle(
        { section: 'the-shift', title: 'The 2023 crypto turn, again', slug: 'the-2023-crypto-turn' },
        existing,
      ),
    ).toEqual({ ok: false, errors: [expected] });
    expect(planArticle({ section: 'the-proposal', title: 'The 2023 Crypto Turn' }, existing)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('already used by'), expected],
    });
  });

  it('refuses a slug the checker would reject, a title of the wrong length, and a title with no letters', () => {
    expect(planArticle({ section: 'the-shift', title: 'A perfectly good title', slug: 'Bad_Slug' }, existing)).toEqual({
      ok: false,
      errors: [
        'The slug "Bad_Slug" must be lowercase letters and digits in words joined by single hyphens, e.g. offshoring-argument.',
      ],
    });
    expect(planArticle({ section: 'the-shift', title: 'Short' }, existing)).toEqual({
      ok: false,
      errors: ['The title must be 10–100 characters; "Short" has 5. Write the headline as readers will see it.'],
    });
    expect(planArticle({ section: 'the-shift', title: '“……” — “……” — !!' }, existing)).toMatchObject({
      ok: false,
      errors: [expect.stringContaining('Pass one with --slug')],
    });
  });

  it('reports every problem at once', () => {
    const plan = planArticle({ section: 'nowhere', title: 'x', slug: 'the-withdrawal' }, existing);
    expect(plan.ok ? [] : plan.errors).toHaveLength(3);
  });
});

describe('fillTemplate', () => {
  const plan = { title: 'A "quoted" title with a back\\slash: and a colon', order: 4 };
  const article = fillTemplate(template, plan, today);
  const parsed = parseContentFile({
    collection: 'articles',
    id: 'the-shift/new',
    file: 'content/articles/the-shift/new.mdx',
    text: article,
  });
  const data = parsed.data as Record<string, unknown>;

  it('fills the title, order and today’s date into valid YAML, as a draft', () => {
    expect(article).not.toMatch(/\{\{|\}\}/);
    expect(data).toMatchObject({
      title: plan.title,
      order: 4,
      asOf: '2026-11-26',
      published: '2026-11-26',
      draft: true,
      tags: [],
    });
  });

  it('satisfies the schema, so `npm run dev` can show the draft', () => {
    expect(articleSchema.safeParse(parsed.data).error?.issues).toBeUndefined();
  });

  it('keeps the body free of anything MDX would parse', () => {
    expect(parsed.body).not.toMatch(/[<>{}]/);
  });

  it('refuses an unknown placeholder', () => {
    expect(() => fillTemplate('title: "{{headline}}"', plan, today)).toThrow('unknown placeholder {{headline}}');
  });
});

describe('a scaffolded article', () => {
  const roots: string[] = [];
  afterEach(() => {
    while (roots.length) rmSync(roots.pop()!, { recursive: true, force: true });
  });

  it('is rejected by the checker, on its missing citations and placeholder text only, until it is edited', () => {
    const root = mkdtempSync(join(tmpdir(), 'new-article-'));
    roots.push(root);
    cpSync(join(projectRoot, 'tests/fixtures/valid-content'), join(root, 'content'), { recursive: true });
    const file = 'content/articles/the-shift/a-new-article-on-venues.mdx';
    mkdirSync(join(root, 'content/articles/the-shift'));
    writeFileSync(join(root, file), fillTemplate(template, { title: 'A new article on venues', order: 1 }, today), {
      flag: 'wx',
    });
    const problems = checkContent(root, today);
    expect(problems.length).toBeGreaterThan(0);
    expect(new Set(problems.map((p) => p.file))).toEqual(new Set([file]));
    const kinds = new Set(
      problems.map((p) =>
        p.message === 'still holds template text' ? 'placeholder' : p.field.replace(/\[\d+\]$/, ''),
      ),
    );
    expect(kinds).toEqual(new Set(['<Cite>', 'placeholder']));
    expect(problems.map((p) => p.message)).toContain('an article needs at least 3 distinct known sources');
    expect(problems.filter((p) => p.message === 'still holds template text').map((p) => p.field)).toEqual(
      expect.arrayContaining(['description', 'keyPoints[0]', 'keyPoints[1]']),
    );
  });
});
