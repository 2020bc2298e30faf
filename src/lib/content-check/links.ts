import { feeds, fixedPages, pages } from '../../config/routes';
import type { ContentGraph, ReadableArticle } from '../content/graph';
import { bodyField } from './body';
import { fieldProblem } from './fields';
import { show, type Problem } from './problem';

type Trouble = { message: string; fix: string };

/** What a link's address is, the way a browser reads it (it ignores tabs, newlines and leading spaces). */
export function linkKind(
  url: string,
): 'internal' | 'https' | 'mailto' | 'http' | 'javascript' | 'protocol-relative' | 'relative' | 'other-scheme' {
  const address = url.replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
  if (address.startsWith('//')) return 'protocol-relative';
  if (address.startsWith('/') || address.startsWith('#')) return 'internal';
  const scheme = /^([a-z][a-z0-9+.-]*):/.exec(address)?.[1];
  if (scheme === undefined) return 'relative';
  if (scheme === 'https' || scheme === 'mailto' || scheme === 'http' || scheme === 'javascript') return scheme;
  return 'other-scheme';
}

const schemeTrouble: Partial<Record<ReturnType<typeof linkKind>, Trouble>> = {
  http: {
    message: 'external links must use https://',
    fix: 'change http:// to https:// (or link to a copy that is served over https)',
  },
  javascript: { message: 'javascript: URLs are not allowed', fix: 'link to a page address instead' },
  'protocol-relative': { message: 'links must say their scheme', fix: 'write the full address starting with https://' },
  'other-scheme': {
    message: 'links may only be https:// addresses, mailto: addresses or paths on this site',
    fix: 'link to the document’s https:// address, or to a page here such as /glossary/; data:, file: and other schemes are refused',
  },
};

/** Why an internal link on the page at `from` would not resolve, or undefined when it does. */
function internalTrouble(url: string, from: string, graph: ContentGraph): Trouble | undefined {
  const [path, anchor] = url.split('#', 2);
  const page = path === '' ? from : path;
  if (!page.startsWith('/'))
    return {
      message: 'internal links must start with /',
      fix: 'write the path from the site root, e.g. /the-proposal/the-january-2022-proposal/',
    };
  if (!page.endsWith('/') && !feeds.includes(page))
    return { message: 'internal links must end with /', fix: `write ${page}/` };
  const anchors = graph.anchors.get(page);
  if (!fixedPages.includes(page) && !anchors)
    return {
      message: 'links to a page that does not exist',
      fix: 'check the section folder and file name of the article you mean',
    };
  const listed = page === pages.sources && anchor !== undefined ? graph.sourceEntryUrls.get(anchor) : undefined;
  if (listed) {
    return {
      message: `links to a source on ${pages.sources}, which lists only the pages of the source list`,
      fix: `link to ${listed}, where that source is listed (or cite it with <Cite id="${anchor}" />)`,
    };
  }
  if (anchor !== undefined && anchors && !anchors.has(anchor)) {
    return {
      message: `links to an anchor that does not exist on ${page}`,
      fix: 'use a heading slug of that page (lowercase, hyphens) or an id listed there',
    };
  }
  return undefined;
}

/** A rule-text paragraph's `explainedAt`: each a site path with an anchor that exists (a heading of an article). */
function explainedAtProblems(graph: ContentGraph): Problem[] {
  return graph.entries.flatMap((entry) => {
    const links = (entry.collection === 'rule-text' && (entry.valid as { explainedAt?: string[] })?.explainedAt) || [];
    return links.flatMap((url, i): Problem[] => {
      const trouble: Trouble | undefined =
        linkKind(url) !== 'internal' || url.startsWith('#') || !url.includes('#')
          ? {
              message: 'must be a path on this site with an anchor',
              fix: 'write the article’s path and the heading’s slug, e.g. "/the-proposal/the-january-2022-proposal/#communication-protocol-systems"',
            }
          : internalTrouble(url, url.split('#')[0], graph);
      return trouble ? [fieldProblem(entry, ['explainedAt', i], { found: show(url), ...trouble })] : [];
    });
  });
}

/** Every link in an article: an allowed scheme, and for links within the site, a page and anchor that exist. */
export function linkRules(graph: ContentGraph): Problem[] {
  return [...explainedAtProblems(graph), ...articleLinkProblems(graph)];
}

function articleLinkProblems(graph: ContentGraph): Problem[] {
  return graph.readable.flatMap((article) =>
    article.mdx.links.flatMap(({ url, line, image }): Problem[] => {
      const kind = linkKind(url);
      const trouble =
        kind === 'internal' || kind === 'relative'
          ? internalTrouble(url, article.url, graph)
          : kind === 'mailto' && image
            ? schemeTrouble['other-scheme']
            : schemeTrouble[kind];
      return trouble ? [{ file: article.file, field: bodyField(line), line, found: show(url), ...trouble }] : [];
    }),
  );
}
