import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import yaml from 'js-yaml';

export type CollectionName = 'articles' | 'sources' | 'timeline' | 'glossary' | 'claims';

/** A contributor file as read from disk, before any validation. */
export interface RawEntry {
  collection: CollectionName;
  /** The content id: "the-proposal/slug" for articles, the file name for data. */
  id: string;
  /** Path from the project root. */
  file: string;
  /** Parsed frontmatter or YAML document; undefined when it could not be parsed. */
  data: unknown;
  /** MDX body (articles only). */
  body: string;
  /** Line of the file on which the body starts, so body positions can be reported as file lines. */
  bodyLine: number;
  /** Why the YAML could not be parsed, if it could not. */
  parseError?: string;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/** Parses YAML the way Astro does (js-yaml), turning its error into one readable line. */
export function parseYaml(source: string): { data?: unknown; error?: string } {
  try {
    return { data: yaml.load(source) };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number } };
    const at = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
    return { error: `${e.reason ?? String(error)}${at}` };
  }
}

export function splitFrontmatter(source: string): { frontmatter?: string; body: string; bodyLine: number } {
  const match = FRONTMATTER.exec(source);
  if (!match) return { body: source, bodyLine: 1 };
  return { frontmatter: match[1], body: source.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

const visible = (name: string) => !name.startsWith('_') && !name.startsWith('.');

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter(visible).map((name) => join(dir, name));
}

/** Reads every contributor file under content/. Misplaced files are returned too, so rules can name them. */
export function loadContent(root: string): RawEntry[] {
  const contentDir = join(root, 'content');
  const entries: RawEntry[] = [];
  const rel = (path: string) => relative(root, path).split('\\').join('/');

  for (const path of listFiles(join(contentDir, 'articles'))) {
    const files = statSync(path).isDirectory() ? listFiles(path) : [path];
    for (const file of files.filter((f) => f.endsWith('.mdx') || f.endsWith('.md'))) {
      const source = readFileSync(file, 'utf8');
      const { frontmatter, body, bodyLine } = splitFrontmatter(source);
      const parsed = frontmatter === undefined ? { error: 'the file does not start with a --- frontmatter block' } : parseYaml(frontmatter);
      const id = relative(join(contentDir, 'articles'), file).split('\\').join('/').replace(/\.mdx?$/, '');
      entries.push({ collection: 'articles', id, file: rel(file), data: parsed.data, body, bodyLine, parseError: parsed.error });
    }
  }

  for (const collection of ['sources', 'timeline', 'glossary', 'claims'] as const) {
    for (const file of listFiles(join(contentDir, collection)).filter((f) => /\.ya?ml$/.test(f))) {
      const parsed = parseYaml(readFileSync(file, 'utf8'));
      const id = file.slice(file.lastIndexOf('/') + 1).replace(/\.ya?ml$/, '');
      entries.push({ collection, id, file: rel(file), data: parsed.data, body: '', bodyLine: 1, parseError: parsed.error });
    }
  }
  return entries;
}
