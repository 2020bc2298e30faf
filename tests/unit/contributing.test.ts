import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import GithubSlugger from 'github-slugger';
import yaml from 'js-yaml';
import { z } from 'astro/zod';
import { describe, expect, it } from 'vitest';
import { argumentOutcomes } from '../../src/config/explainer';
import {
  claimVerdicts,
  limits,
  sections,
  sourceKindLabels,
  sourceKinds,
  tags,
  timelineKinds,
} from '../../src/config/site';
import { checkContent } from '../../src/lib/content-check';
import { isPrimaryKind } from '../../src/lib/sources';
import { SHORT_TITLE_MAX } from '../../src/schemas/source';
import { nestedSourceIds, schemas } from '../../src/lib/content/graph';
import { milestoneStages } from '../../src/lib/status';
import { projectRoot } from '../../scripts/lib/site-copy';

// CONTRIBUTING.md is written by hand but must match the schemas and src/config/site.ts exactly:
// these tests fail when a field, an allowed value or a limit changes and the guide does not.

const guide = readFileSync(join(projectRoot, 'CONTRIBUTING.md'), 'utf8');
const referenceHeadings: Record<keyof typeof schemas, string> = {
  articles: 'Articles',
  sources: 'Sources',
  timeline: 'Timeline events',
  glossary: 'Glossary terms',
  claims: 'Claims checked',
  arguments: 'Arguments',
  examples: 'Worked examples',
  'rule-text': 'Rule text',
};

interface Section {
  level: number;
  title: string;
  text: string;
}

/** The guide split at its headings (code blocks are never mistaken for headings). */
function guideSections(): Section[] {
  const found: Section[] = [];
  let inCode = false;
  for (const line of guide.split('\n')) {
    if (line.startsWith('```')) inCode = !inCode;
    const heading = inCode ? null : /^(#{1,6}) (.+)$/.exec(line);
    if (heading) found.push({ level: heading[1].length, title: heading[2].replace(/`/g, ''), text: '' });
    else if (found.length) found[found.length - 1].text += `${line}\n`;
  }
  return found;
}

/** A subsection of "Frontmatter reference", including its sub-subsections. */
function referenceSection(title: string): string {
  const all = guideSections();
  const start = all.findIndex(
    (s, i) =>
      s.level === 3 &&
      s.title === title &&
      all.slice(0, i).some((p) => p.level === 2 && p.title === 'Frontmatter reference'),
  );
  expect(start, `CONTRIBUTING.md has no "### ${title}" under "## Frontmatter reference"`).toBeGreaterThan(-1);
  const end = all.findIndex((s, i) => i > start && s.level <= 3);
  return all
    .slice(start, end === -1 ? undefined : end)
    .map((s) => s.text)
    .join('');
}

const documentedFields = (text: string) => [...text.matchAll(/^\| `([A-Za-z]+)` \|/gm)].map((m) => m[1]);
const firstExample = (text: string) => /```(?:yaml|mdx)\n([\s\S]*?)```/.exec(text)?.[1] ?? '';
const ids = (folder: string) =>
  new Set(readdirSync(join(projectRoot, 'content', folder)).map((f) => f.replace(/\.(yaml|mdx)$/, '')));

/** Article ids ("section/slug") in content/articles/. */
const articleIds = () =>
  readdirSync(join(projectRoot, 'content/articles')).flatMap((section) =>
    readdirSync(join(projectRoot, 'content/articles', section)).map((f) => `${section}/${f.replace(/\.mdx$/, '')}`),
  );

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

describe('CONTRIBUTING.md', () => {
  it('has every anchor that messages, templates and tools link to', () => {
    const slugger = new GithubSlugger();
    const anchors = new Set(guideSections().map((s) => slugger.slug(s.title)));
    const linking = ['src', 'scripts', 'content/_templates', '.github'].flatMap((dir) =>
      filesUnder(join(projectRoot, dir)),
    );
    const linked = new Set(['frontmatter-reference', 'citing-sources']);
    for (const file of linking)
      for (const m of readFileSync(file, 'utf8').matchAll(/CONTRIBUTING\.md#([a-z0-9-]+)/g)) linked.add(m[1]);
    for (const m of guide.matchAll(/\]\(#([a-z0-9-]+)\)/g)) linked.add(m[1]);
    expect([...linked].filter((anchor) => !anchors.has(anchor))).toEqual([]);
  });

  it.each(Object.keys(schemas) as (keyof typeof schemas)[])(
    'documents exactly the fields of the %s schema',
    (collection) => {
      const fields = Object.keys((schemas[collection] as z.AnyZodObject).shape);
      expect(documentedFields(referenceSection(referenceHeadings[collection]))).toEqual(fields);
    },
  );

  it('lists every allowed value and limit from src/config/site.ts', () => {
    const articles = referenceSection('Articles');
    const { titleLength, descriptionLength, keyPoints } = limits;
    expect(articles).toContain(`| \`title\` | text | yes | ${titleLength.min}–${titleLength.max} characters`);
    expect(articles).toContain(
      `| \`description\` | text | yes | ${descriptionLength.min}–${descriptionLength.max} characters`,
    );
    expect(articles).toContain(`${keyPoints.min}–${keyPoints.max} items, each 1–${keyPoints.maxLength} characters`);
    for (const tag of tags) expect(articles).toContain(`\`${tag}\``);

    const sectionTable = referenceSection('Sections');
    for (const section of sections) expect(sectionTable).toContain(`| \`${section.id}\` | ${section.title} |`);
    const sectionList = sections.map((s) => `\`${s.id}\``).join(', ');
    expect(referenceSection('Timeline events')).toContain(`| ${sectionList} |`);

    expect(referenceSection('Sources')).toContain(`| \`short\` | text | yes | 1–${SHORT_TITLE_MAX} characters |`);
    const kinds = sourceKinds.map((k) => `\`${k}\``).join(', ');
    expect(referenceSection('Sources')).toContain(kinds);
    for (const kind of sourceKinds) {
      expect(guide).toContain(
        `| \`${kind}\` | ${sourceKindLabels[kind]} | ${isPrimaryKind(kind) ? 'primary' : 'secondary'} |`,
      );
    }
    expect(referenceSection('Timeline events')).toContain(timelineKinds.map((k) => `\`${k}\``).join(', '));
    expect(referenceSection('Claims checked')).toContain(claimVerdicts.map((v) => `\`${v}\``).join(', '));
    expect(referenceSection('Timeline events')).toContain(milestoneStages.map((v) => `\`${v}\``).join(', '));
    expect(referenceSection('Arguments')).toContain(argumentOutcomes.map((v) => `\`${v}\``).join(', '));
  });

  it.each(['sources', 'timeline', 'glossary', 'claims', 'arguments', 'examples', 'rule-text'] as const)(
    'gives a %s example that the schema accepts, using real ids',
    (collection) => {
      const data = yaml.load(firstExample(referenceSection(referenceHeadings[collection]))) as Record<string, unknown>;
      expect(schemas[collection].safeParse(data).error?.issues).toBeUndefined();
      const sourceIds = ids('sources');
      for (const source of nestedSourceIds(data)) expect(sourceIds, source).toContain(source);
      for (const article of (data.articles as string[] | undefined) ?? [])
        expect(articleIds(), article).toContain(article);
      for (const term of (data.related as string[] | undefined) ?? []) expect(ids('glossary'), term).toContain(term);
    },
  );

  it('gives an article example that the content check accepts next to the real content', () => {
    const root = mkdtempSync(join(tmpdir(), 'contributing-example-'));
    try {
      cpSync(join(projectRoot, 'content'), join(root, 'content'), { recursive: true });
      const file = 'content/articles/the-proposal/contributing-example.mdx';
      writeFileSync(join(root, file), firstExample(referenceSection('Articles')));
      // Its `order` is only illustrative, so a real article taking that position is not the guide's fault.
      const problems = checkContent(root).filter((p) => p.file === file && p.field !== 'order');
      expect(problems).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});

describe('the issue forms', () => {
  const form = (name: string) =>
    yaml.load(readFileSync(join(projectRoot, '.github/ISSUE_TEMPLATE', name), 'utf8')) as {
      body: { id?: string; attributes: { options?: string[] } }[];
    };

  it('let "Report a correction" links prefill the page', () => {
    const actions = readFileSync(join(projectRoot, 'src/components/ArticleActions.astro'), 'utf8');
    expect(actions).toContain("template: 'correction.yml'");
    const fields = form('correction.yml').body.map((field) => field.id);
    expect(fields).toEqual([undefined, 'page', 'wrong', 'right', 'source']);
    expect(actions).toMatch(/\bpage: /);
  });

  it('offer every section in "Propose an article"', () => {
    const options = form('proposal.yml').body.find((field) => field.id === 'section')?.attributes.options ?? [];
    expect(options).toEqual([...sections.map((s) => `${s.id} — ${s.title}`), 'Not sure']);
  });
});
