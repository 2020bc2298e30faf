import { isPrimaryKind } from '../sources';
import type { ContentGraph, Entry } from '../content/graph';
import { componentIdsIn } from '../content/mdx';
import { fieldProblem } from './fields';
import { show, type Problem } from './problem';

const MIN_ARTICLE_SOURCES = 3;
const sourcesFix = (id: string) =>
  `add content/sources/${id}.yaml or use the id (file name) of an existing source in content/sources/ (see CONTRIBUTING.md#citing-sources)`;

/** The `sources` list of a timeline event, glossary term or claim: every id must name a source file. */
function listedSourceProblems(entry: Entry, known: Set<string>): Problem[] {
  const listed = (entry.data as Record<string, unknown> | undefined)?.sources;
  if (entry.collection === 'articles' || !Array.isArray(listed)) return [];
  return listed.flatMap((source, i): Problem[] =>
    typeof source === 'string' && !known.has(source)
      ? [
          fieldProblem(entry, ['sources', i], {
            message: 'is not a known source',
            found: show(source),
            fix: sourcesFix(source),
          }),
        ]
      : [],
  );
}

/** An article's sources are its <Cite> tags: each must name a source, and together they must carry the text. */
function articleCitationProblems(graph: ContentGraph, known: Set<string>): Problem[] {
  return graph.readable.flatMap((article) => {
    const { tree, citations } = article.mdx;
    if (!tree) return [];
    const problems: Problem[] = [];
    for (const id of new Set(componentIdsIn(tree, 'Cite'))) {
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
    ...graph.entries.flatMap((e) => {
      const listed = (e.data as Record<string, unknown> | undefined)?.sources;
      return e.collection !== 'articles' && Array.isArray(listed) ? listed.map(String) : [];
    }),
  ]);
  return graph.entries
    .filter((e) => e.collection === 'sources' && !cited.has(e.id))
    .map((source) => ({
      file: source.file,
      field: '(whole file)',
      message: 'no article, timeline event, glossary term or claim cites this source',
      found: show(source.id),
      fix: 'cite it where it supports the text, or delete the file',
    }));
}

export function citationRules(graph: ContentGraph): Problem[] {
  const known = new Set(graph.entries.filter((e) => e.collection === 'sources').map((e) => e.id));
  return [
    ...graph.entries.flatMap((e) => listedSourceProblems(e, known)),
    ...articleCitationProblems(graph, known),
    ...uncitedSourceProblems(graph),
  ];
}
