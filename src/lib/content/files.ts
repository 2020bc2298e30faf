import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const collectionNames = ['articles', 'sources', 'timeline', 'glossary', 'claims', 'arguments', 'examples', 'rule-text'] as const;
export type CollectionName = (typeof collectionNames)[number];

/** One contributor file as it is on disk. */
export interface ContentFile {
  collection: CollectionName;
  /** The content id: "the-proposal/slug" for articles, the file name without extension for data. */
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  text: string;
}

/** A name Astro never loads: templates and notes start with "_", hidden files with ".". */
const hidden = (path: string) => path.split('/').some((part) => part.startsWith('_') || part.startsWith('.'));

/**
 * Reads every contributor file under content/<collection>/, once. Misplaced files (an article outside a
 * section folder, a .yml data file) are returned too, so the checker can name them.
 */
export function readContentFiles(root: string): ContentFile[] {
  const files: ContentFile[] = [];
  for (const collection of collectionNames) {
    const dir = join(root, 'content', collection);
    if (!existsSync(dir)) continue;
    const names = readdirSync(dir, { recursive: true, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1).split('\\').join('/'))
      .filter((name) => !hidden(name))
      .filter((name) => (collection === 'articles' ? /\.mdx?$/.test(name) : /\.ya?ml$/.test(name)))
      .sort();
    for (const name of names) {
      const id = collection === 'articles' ? name.replace(/\.mdx?$/, '') : name.replace(/\.ya?ml$/, '');
      files.push({ collection, id, file: `content/${collection}/${name}`, text: readFileSync(join(dir, name), 'utf8') });
    }
  }
  return files;
}
