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
  /** 1-based line of each top-level key (and of block-list items and their keys: `updates[1].note`). */
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

/**
 * Lines of the keys in a YAML document that starts on line `firstLine`: each top-level key, each item of a block
 * list under it (`updates[1]`) and each key of such an item (`updates[1].note`), so a problem can point at its line.
 */
function keyLines(source: string, firstLine: number): Map<string, number> {
  const lines = new Map<string, number>();
  const set = (key: string, line: number) => lines.has(key) || lines.set(key, line);
  let top: string | undefined;
  let item = -1;
  let dashIndent = -1;
  source.split('\n').forEach((text, i) => {
    const line = firstLine + i;
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(text)?.[1];
    if (key) {
      [top, item, dashIndent] = [key, -1, -1];
      set(key, line);
      return;
    }
    if (top === undefined) return;
    const dash = /^( *)- +(?:([A-Za-z_][\w-]*)\s*:)?/.exec(text);
    if (dash && (dashIndent === -1 || dash[1].length === dashIndent)) {
      dashIndent = dash[1].length;
      item += 1;
      set(`${top}[${item}]`, line);
      if (dash[2]) set(`${top}[${item}].${dash[2]}`, line);
      return;
    }
    const inner = new RegExp(`^ {${dashIndent + 2}}([A-Za-z_][\\w-]*)\\s*:`).exec(text);
    if (item >= 0 && inner) set(`${top}[${item}].${inner[1]}`, line);
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
