#!/usr/bin/env node
// Lists the external links that the weekly link check (.github/workflows/links.yml) hands to lychee:
// `url:` and `archiveUrl:` of every content/sources/*.yaml, and every http(s) link in content/articles/**/*.mdx.
//
// It writes one list per content file that has links, at <out>/<path of the content file>.txt, one URL a line,
// so lychee's report names the file that cites a failing link. It only reads files: no network, no dependencies
// (the workflow runs it without `npm ci`), and nothing in `npm test` calls it.
//
// Usage: node .github/scripts/list-external-links.mjs [--content <dir>] [--out <dir>]
//        (defaults: --content content --out link-lists; <out> is emptied first)
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const at = args.indexOf(name);
  if (at === -1) return fallback;
  if (!args[at + 1]) throw new Error(`${name} needs a value`);
  return args[at + 1];
};
const contentDir = option('--content', 'content');
const outDir = option('--out', 'link-lists');

/** Every file under dir whose name ends with one of the suffixes, sorted. */
function filesUnder(dir, suffix) {
  let found = [];
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch (error) {
    if (error.code === 'ENOENT') return [];
    throw error;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found = found.concat(filesUnder(path, suffix));
    else if (entry.name.endsWith(suffix) && !entry.name.startsWith('_')) found.push(path);
  }
  return found.sort();
}

/** The value of a top-level `key: value` line of a YAML file: plain, 'single' or "double" quoted. */
function scalar(raw) {
  const value = raw.replace(/\s+#.*$/, '').trim();
  if (value.startsWith('"')) return JSON.parse(value);
  if (value.startsWith("'")) return value.slice(1, -1).replaceAll("''", "'");
  return value;
}

function sourceLinks(text) {
  const links = [];
  for (const match of text.matchAll(/^(?:url|archiveUrl):[ \t]*(.+)$/gm)) links.push(scalar(match[1]));
  return links;
}

function articleLinks(text) {
  const links = [];
  // Stops at whitespace and at what closes a Markdown link, an HTML attribute or a JSX prop.
  for (const match of text.matchAll(/https?:\/\/[^\s<>()[\]{}"'`]+/g)) links.push(match[0].replace(/[.,;:!?*_]+$/, ''));
  return links;
}

const inputs = [
  ...filesUnder(join(contentDir, 'sources'), '.yaml').map((file) => [file, sourceLinks]),
  ...filesUnder(join(contentDir, 'articles'), '.mdx').map((file) => [file, articleLinks]),
];
if (inputs.length === 0) throw new Error(`no content/sources/*.yaml or content/articles/**/*.mdx under ${contentDir}`);

rmSync(outDir, { recursive: true, force: true });
const distinct = new Set();
let lists = 0;
let total = 0;
for (const [file, extract] of inputs) {
  const links = [...new Set(extract(readFileSync(file, 'utf8')).filter((url) => /^https?:\/\/\S+$/.test(url)))];
  if (links.length === 0) continue;
  // content/sources/sec-2022.yaml → <out>/content/sources/sec-2022.yaml.txt
  const list = join(outDir, `${relative(dirname(resolve(contentDir)), resolve(file))}.txt`);
  mkdirSync(dirname(list), { recursive: true });
  writeFileSync(list, `${links.join('\n')}\n`);
  lists += 1;
  total += links.length;
  for (const url of links) distinct.add(url);
}
console.log(
  `${distinct.size} distinct external links (${total} in all) from ${lists} of ${inputs.length} content files, listed in ${outDir}/`,
);
