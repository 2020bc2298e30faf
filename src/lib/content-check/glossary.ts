import type { ContentGraph } from '../content/graph';
import { componentIdsIn } from '../content/mdx';
import { fieldProblem } from './fields';
import { unlinkedFirstUses } from './glossary-links';
import { show, type Problem } from './problem';

/** <Term> ids and glossary cross-references name real terms, and each term's first use in an article is linked. */
export function glossaryRules(graph: ContentGraph): Problem[] {
  const known = new Set(graph.entries.filter((e) => e.collection === 'glossary').map((e) => e.id));
  const terms = [...graph.glossary.values()].map((g) => ({ id: g.id, term: g.valid.term }));
  const related = graph.entries.flatMap((entry): Problem[] => {
    const list = (entry.data as Record<string, unknown> | undefined)?.related;
    if (entry.collection !== 'glossary' || !Array.isArray(list)) return [];
    return list.flatMap((term, i): Problem[] =>
      typeof term === 'string' && !known.has(term)
        ? [
            fieldProblem(entry, ['related', i], {
              message: 'is not a glossary term',
              found: show(term),
              fix: 'use the file name of an entry in content/glossary/',
            }),
          ]
        : [],
    );
  });
  const inArticles = graph.readable.flatMap((article): Problem[] => {
    if (!article.mdx.tree) return [];
    const unknown = [...new Set(componentIdsIn(article.mdx.tree, 'Term'))]
      .filter((id) => !known.has(id))
      .map((id) => ({
        file: article.file,
        field: `<Term id="${id}">`,
        message: 'is not a glossary term',
        found: show(id),
        fix: `use the file name of an entry in content/glossary/ or add content/glossary/${id}.yaml`,
      }));
    const unlinked = unlinkedFirstUses(article.body, terms).map((use) => ({
      file: article.file,
      field: `<Term id="${use.id}">`,
      message: `the first use of the glossary term "${use.text}" is not linked to its definition`,
      found: show(use.context),
      fix: `wrap that first use in <Term id="${use.id}">…</Term>`,
    }));
    return [...unknown, ...unlinked];
  });
  return [...related, ...inArticles];
}
