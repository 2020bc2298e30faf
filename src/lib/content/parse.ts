import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';
import yaml from 'js-yaml';
import type { ContentFile } from './files';
import { WrittenDate } from './written-date';

/** A contributor file parsed, before any validation. */
export interface RawEntry extends ContentFile {
  /** The frontmatter or YAML document; undefined when it could not be parsed. */
  data: unknown;
  /** The MDX body with the frontmatter blanked to empty lines, so positions in it are lines of the file. */
  body: string;
  /** Why the YAML could not be parsed, if it could not. */
  parseError?: string;
  /** 1-based line of each top-level key, so a problem with a field can point at its line. */
  fieldLines: Map<string, number>;
}

// js-yaml 4 exports its built-in types at run time; @types/js-yaml does not declare them.
const { timestamp } = (yaml as unknown as { types: { timestamp: yaml.Type } }).types;

/** js-yaml's default schema (the one Astro uses) with its timestamp type replaced by one that keeps the text. */
const schema = yaml.DEFAULT_SCHEMA.extend({
  implicit: [
    new yaml.Type('tag:yaml.org,2002:timestamp', {
      kind: 'scalar',
      resolve: (text: string) => timestamp.resolve(text),
      construct: (text: string) => new WrittenDate(text),
      instanceOf: WrittenDate,
    }),
  ],
});

export function parseYaml(source: string): { data?: unknown; error?: string } {
  try {
    return { data: yaml.load(source, { schema }) };
  } catch (error) {
    const e = error as { reason?: string; mark?: { line: number; column: number } };
    const at = e.mark ? ` at line ${e.mark.line + 1}, column ${e.mark.column + 1}` : '';
    return { error: `${e.reason ?? String(error)}${at}` };
  }
}

/** Lines of top-level keys in a YAML document that starts on line `firstLine`. */
function keyLines(source: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  source.split('\n').forEach((line, i) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !lines.has(key)) lines.set(key, firstLine + i);
  });
  return lines;
}

const NO_FRONTMATTER = 'the file does not start with a --- frontmatter block';

/** Splits an article with Astro's own frontmatter parser, then reads the YAML as above. */
function parseArticle(file: ContentFile): RawEntry {
  const raw = extractFrontmatter(file.text);
  if (raw === undefined) return { ...file, data: undefined, body: file.text, parseError: NO_FRONTMATTER, fieldLines: new Map() };
  const { data, error } = parseYaml(raw);
  const body = error === undefined ? parseFrontmatter(file.text, { frontmatter: 'empty-with-lines' }).content : '';
  return { ...file, data, body, parseError: error, fieldLines: keyLines(raw, 1) };
}

export function parseContentFile(file: ContentFile): RawEntry {
  if (file.collection === 'articles') return parseArticle(file);
  const { data, error } = parseYaml(file.text);
  return { ...file, data, body: '', parseError: error, fieldLines: keyLines(file.text, 1) };
}
