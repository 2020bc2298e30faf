import { isPrimaryKind, shortReference } from '../sources';
import type { ContentGraph, Entry } from '../content/graph';
import { fieldProblem } from './fields';
import { show, type Problem } from './problem';

const MIN_ARTICLE_SOURCES = 3;
const sourcesFix = (id: string) =>
  `add content/sources/${id}.yaml or use the id (file name) of an existing source in content/sources/ (see CONTRIBUTING.md#citing-sources)`;

/** Every `sources` list in an entry's data, at any depth, with its path (`madeBy[1].sources`). */
function sourceLists(data: unknown, path: (string | number)[] = []): { path: (string | number)[]; ids: unknown[] }[] {
  if (Array.isArray(data)) return data.flatMap((item, i) => sourceLists(item, [...path, i]));
  if (!data || typeof data !== 'object') return [];
  return Object.entries(data).flatMap(([key, value]) =>
    key === 'sources' && Array.isArray(value)
      ? [{ path: [...path, key], ids: value }]
      : sourceLists(value, [...path, key]),
  );
}

/** The `sources` lists of events, glossary terms, claims and arguments: every id must name a source file. */
function listedSourceProblems(entry: Entry, known: Set<string>): Problem[] {
  if (entry.collection === 'articles') return [];
  return sourceLists(entry.data).flatMap(({ path, ids }) =>
    ids.flatMap((source, i): Problem[] =>
      typeof source === 'string' && !known.has(source)
        ? [
            fieldProblem(entry, [...path, i], {
              message: 'is not a known source',
              found: show(source),
              fix: sourcesFix(source),
            }),
          ]
        : [],
    ),
  );
}

/** An argument's `articles` name articles that exist. */
function articleReferenceProblems(entry: Entry, articles: Set<string>): Problem[] {
  const listed = (entry.data as Record<string, unknown> | undefined)?.articles;
  if (entry.collection !== 'arguments' || !Array.isArray(listed)) return [];
  const fix =
    'use "section/slug": the article’s folder and file name without .mdx, e.g. "the-pushback/defi-cannot-comply"';
  return listed.flatMap((id, i): Problem[] =>
    typeof id === 'string' && !articles.has(id)
      ? [fieldProblem(entry, ['articles', i], { message: 'is not an article', found: show(id), fix })]
      : [],
  );
}

/** An article's sources are its <Cite> tags: each must name a source, and together they must carry the text. */
function articleCitationProblems(graph: ContentGraph, known: Set<string>): Problem[] {
  return graph.readable.flatMap((article) => {
    const { tree, citations } = article.mdx;
    if (!tree) return [];
    const problems: Problem[] = [];
    // `citations` is the graph's list of the <Cite> ids, each once, in reading order.
    for (const id of citations) {
      if (!known.has(id))
        problems.push({
          file: article.file,
          field: `<Cite id="${id}">`,
          message: 'cites an unknown source',
          found: show(id),
          fix: `add content/sources/${id}.yaml, or fix the id`,
        });
    }
    const cited = citations.filter((id) => known.has(id));
    if (cited.length < MIN_ARTICLE_SOURCES) {
      const fix = `cite more documents that support the text with <Cite id="…" /> (see CONTRIBUTING.md#citing-sources)`;
      problems.push({
        file: article.file,
        field: '<Cite>',
        message: `an article needs at least ${MIN_ARTICLE_SOURCES} distinct known sources`,
        found: String(cited.length),
        fix,
      });
    }
    if (cited.length && !cited.some((id) => isPrimaryKind(graph.sources.get(id)?.valid.kind ?? ''))) {
      problems.push({
        file: article.file,
        field: '<Cite>',
        message:
          'an article needs at least one primary source (an SEC release, Federal Register notice, court opinion, statement, statute…)',
        found: cited.join(', '),
        fix: 'cite the primary document that the secondary sources report on',
      });
    }
    return problems;
  });
}

/** A source file nobody cites is a dead weight on the source list. (Unknowable while an article cannot be read.) */
function uncitedSourceProblems(graph: ContentGraph): Problem[] {
  if (graph.entries.some((e) => e.collection === 'articles' && !e.mdx?.tree)) return [];
  const cited = new Set([
    ...graph.readable.flatMap((a) => a.mdx.citations),
    ...graph.entries.flatMap((e) =>
      e.collection === 'articles' ? [] : sourceLists(e.data).flatMap((l) => l.ids.map(String)),
    ),
  ]);
  return graph.entries
    .filter((e) => e.collection === 'sources' && !cited.has(e.id))
    .map((source) => ({
      file: source.file,
      field: '(whole file)',
      message: 'no article, timeline event, glossary term, claim or argument cites this source',
      found: show(source.id),
      fix: 'cite it where it supports the text, or delete the file',
    }));
}

/** Lists link to a source by its short title, publisher and date: two documents must not read the same there. */
function sameShortReferenceProblems(graph: ContentGraph): Problem[] {
  const seen = new Map<string, string>();
  return [...graph.sources.values()].flatMap((source): Problem[] => {
    const text = shortReference(source.valid);
    const first = seen.get(text);
    if (first === undefined) {
      seen.set(text, source.file);
      return [];
    }
    return [
      fieldProblem(source, ['short'], {
        message: `makes the same link text as ${first}: "${text}"`,
        found: show(source.valid.short),
        fix: 'make the short title say which document this one is (whose it is, which part or which version)',
      }),
    ];
  });
}

export function citationRules(graph: ContentGraph): Problem[] {
  const known = new Set(graph.entries.filter((e) => e.collection === 'sources').map((e) => e.id));
  const articles = new Set(graph.entries.filter((e) => e.collection === 'articles').map((e) => e.id));
  return [
    ...graph.entries.flatMap((e) => [...listedSourceProblems(e, known), ...articleReferenceProblems(e, articles)]),
    ...articleCitationProblems(graph, known),
    ...uncitedSourceProblems(graph),
    ...sameShortReferenceProblems(graph),
  ];
}
