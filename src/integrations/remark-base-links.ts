import type { Node } from 'unist';
import { visit } from 'unist-util-visit';
import { withBase } from '../config/routes';

/**
 * Contributors write links to other pages from the site's root (`[the timeline](/timeline/)`), which is what the
 * content checker resolves. When the site is published under a base path (a GitHub Pages project), this puts the
 * base in front of each such link, image and link definition as the article is compiled; the file is not changed.
 */
export function remarkBaseLinks() {
  return (tree: Node) => {
    visit(tree, (node: Node) => {
      if (node.type === 'link' || node.type === 'definition' || node.type === 'image') {
        const target = node as Node & { url: string };
        target.url = withBase(target.url);
      }
    });
  };
}
