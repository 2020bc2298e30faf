// The weekly external-link check (`npm run check:links`, .github/workflows/links.yml): which content file cites
// which external address, linkinator's verdict on each, and the Markdown report. Never part of `npm test`, which
// stays offline; why: docs/decisions/0004-github-supply-chain.md.
import { LinkChecker, LinkState, type LinkResult } from 'linkinator';
import type { ContentGraph } from '../../src/lib/content/graph';

/** The external addresses one content file cites. */
export interface LinkList {
  file: string;
  urls: string[];
}

const external = (url: string) => /^https?:\/\/\S+$/.test(url);

/** Every source's `url` and `archiveUrl`, and every http(s) link and image in article bodies, per file. */
export function listExternalLinks(graph: ContentGraph): LinkList[] {
  const lists: LinkList[] = [
    ...[...graph.sources.values()].map((s) => ({ file: s.file, urls: [s.valid.url, s.valid.archiveUrl ?? ''] })),
    ...graph.readable.map((a) => ({ file: a.file, urls: a.mdx.links.map((link) => link.url) })),
  ];
  return lists
    .map(({ file, urls }) => ({ file, urls: [...new Set(urls.filter(external))] }))
    .filter((list) => list.urls.length > 0)
    .sort((a, b) => a.file.localeCompare(b.file));
}

export interface LinkCheckOptions {
  /** Requests at once. */
  concurrency: number;
  /** Tries after the first, for timeouts, network errors, 5xx and 429. */
  retries: number;
  /** Milliseconds before a request is given up. */
  timeout: number;
  userAgent: string;
}

/**
 * 403 and 429 are "unknown", not dead: many publishers (the SEC among them) refuse or throttle robots, so these
 * answers say nothing about whether the page is still there. linkinator also skips answers it knows to be a bot
 * wall (Cloudflare's challenge, LinkedIn's 999); those are unknown too.
 */
const unknownStatuses = { '403': 'warn', '429': 'warn' } as const;

export type Verdict = 'live' | 'dead' | 'unknown';

export interface CheckedLink {
  url: string;
  verdict: Verdict;
  /** What the server answered, or why there was no answer. */
  detail: string;
  /** The content files that cite it. */
  files: string[];
}

function detailOf(result: LinkResult | undefined): string {
  if (!result) return 'not checked';
  if (result.status) return `HTTP ${result.status}`;
  const error = result.failureDetails?.find((d): d is Error => d instanceof Error);
  if (!error) return 'no answer';
  const cause = (error.cause as { code?: string } | undefined)?.code;
  if (error.name === 'TimeoutError') return 'no answer before the timeout';
  return cause ? `${error.message} (${cause})` : error.message;
}

function verdictOf(result: LinkResult | undefined): Verdict {
  if (!result || result.state === LinkState.SKIPPED) return 'unknown';
  if (result.state === LinkState.BROKEN) return 'dead';
  return result.status !== undefined && String(result.status) in unknownStatuses ? 'unknown' : 'live';
}

/** Checks every address once, however many files cite it, and says which files cite each. */
export async function checkExternalLinks(lists: LinkList[], options: LinkCheckOptions): Promise<CheckedLink[]> {
  const citedBy = new Map<string, string[]>();
  for (const { file, urls } of lists) for (const url of urls) citedBy.set(url, [...(citedBy.get(url) ?? []), file]);
  // linkinator reports a link by its parsed form (new URL(…).href), which may differ from what was written.
  const written = new Map([...citedBy.keys()].map((url) => [new URL(url).href, url]));
  if (written.size === 0) return [];

  // Each address is a starting page: linkinator fetches it and then the links on it, unless told to skip them,
  // which it is for every address not on the lists.
  const { links } = await new LinkChecker().check({
    path: [...written.keys()],
    linksToSkip: async (link) => !written.has(link),
    concurrency: options.concurrency,
    timeout: options.timeout,
    retryErrors: options.retries > 0,
    retryErrorsCount: options.retries,
    userAgent: options.userAgent,
    statusCodes: unknownStatuses,
  });
  const results = new Map<string, LinkResult>();
  for (const result of links) if (written.has(result.url) && !results.has(result.url)) results.set(result.url, result);

  return [...written].map(([href, url]) => {
    const result = results.get(href);
    return { url, verdict: verdictOf(result), detail: detailOf(result), files: citedBy.get(url) ?? [] };
  });
}

/** Each link of one verdict, under the content file that cites it. */
function byFile(checked: CheckedLink[], verdict: Verdict): string {
  const files = new Map<string, string[]>();
  for (const link of checked.filter((l) => l.verdict === verdict))
    for (const file of link.files) files.set(file, [...(files.get(file) ?? []), `  - <${link.url}>: ${link.detail}`]);
  return [...files]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, lines]) => `- \`${file}\`\n${lines.join('\n')}`)
    .join('\n');
}

/** The job summary and the body of the issue: dead links first, then those to check by hand. */
export function formatLinkReport(checked: CheckedLink[], lists: LinkList[]): string {
  const count = (verdict: Verdict) => checked.filter((l) => l.verdict === verdict).length;
  const dead = count('dead');
  const unknown = count('unknown');
  const parts = [
    '## External links',
    `${checked.length} distinct addresses cited by ${lists.length} content files: ${count('live')} answered, ` +
      `${dead} dead, ${unknown} unknown.`,
  ];
  if (dead > 0)
    parts.push(
      '### Dead',
      'No answer, or an error (404, 410, 5xx…), after retries. Point `url` at a working copy ' +
        '(CONTRIBUTING.md#copies-and-mirrors-via) or add a saved copy as `archiveUrl`.',
      byFile(checked, 'dead'),
    );
  if (unknown > 0)
    parts.push(
      '### Unknown: check these by hand',
      '403 (forbidden) and 429 (too many requests) are not counted as dead: many publishers, the SEC among them, ' +
        'refuse or throttle robots, so the answer says nothing about whether the page is still there. Open each ' +
        'in a browser.',
      byFile(checked, 'unknown'),
    );
  return `${parts.join('\n\n')}\n`;
}
