import { describe, expect, it } from 'vitest';
import type { Element } from 'hast';
import {
  argumentUrl,
  openQuestionId,
  openQuestionUrl,
  pages,
  sectionUrl,
  withBase,
  withoutBase,
} from '../../src/config/routes';
import { sections } from '../../src/config/site';
import { categorySources } from '../../src/config/categories';
import { buildContentGraph } from '../../src/lib/content/graph';
import { proposalStatus, stepText } from '../../src/lib/status';
import { projectRoot } from '../../scripts/lib/site-copy';
import { attr, builtPages, elements, textOf } from '../helpers/built-site';

// Every expectation here is computed from content/ through the content graph, never copied from the output.
const graph = buildContentGraph(projectRoot);
const built = new Map(builtPages().map((p) => [p.url, p]));
const page = (url: string) => {
  const found = built.get(url);
  if (!found) throw new Error(`${url} was not built`);
  return found;
};
const byId = (url: string, id: string) => elements(page(url).tree, (el) => el.properties?.id === id)[0];
const hrefsIn = (el: Element | undefined) =>
  el ? elements({ type: 'root', children: [el] }, (e) => e.tagName === 'a').map((a) => attr(a, 'href')) : [];

describe('status at a glance', () => {
  const events = graph.timeline.flatMap((e) =>
    e.valid.milestone
      ? [
          {
            id: e.id,
            date: e.valid.date,
            milestone: e.valid.milestone,
            unconfirmed: Boolean(e.valid.openQuestion),
          },
        ]
      : [],
  );
  const status = proposalStatus(events);

  it.each([pages.home, sectionUrl(sections[0].id)])(
    'on %s, shows the status and every step the timeline records, linked to it',
    (url) => {
      const box = elements(
        page(url).tree,
        (el) => el.tagName === 'section' && attr(el, 'ariaLabelledBy') === 'status',
      )[0];
      expect(box, `${url} has no status box`).toBeDefined();
      const text = textOf(box);
      expect(text).toContain(`${status.label}.`);
      if (status.ruleInForce) expect(text).toContain(status.ruleInForce);
      for (const step of status.steps) expect(text).toContain(step.text);
      const links = hrefsIn(box);
      expect(links.filter((h) => h?.startsWith(pages.timeline))).toEqual(
        status.steps.map((s) => graph.timelineEntryUrls.get(s.id)),
      );
      for (const step of status.steps.filter((s) => s.unconfirmed))
        expect(links).toContain(openQuestionUrl(openQuestionId('timeline', step.id)));
      expect(events.length).toBeGreaterThan(3);
      expect(stepText(events[0])).toBeTruthy();
    },
  );
});

describe('open questions', () => {
  it('lists every point marked unconfirmed, linked both ways with where it is stated', () => {
    expect(graph.openQuestions.length).toBeGreaterThan(0);
    for (const question of graph.openQuestions) {
      const entry = byId(pages.openQuestions, question.id);
      expect(entry, question.id).toBeDefined();
      const item = elements(
        page(pages.openQuestions).tree,
        (el) =>
          el.tagName === 'li' &&
          elements({ type: 'root', children: [el] }, (h) => h.properties?.id === question.id).length > 0,
      )[0];
      expect(hrefsIn(item)).toContain(question.statedAt.url);
      // …and the place it is stated links back to the question.
      const [statedPage] = question.statedAt.url.split('#');
      expect(
        hrefsIn({
          type: 'element',
          tagName: 'div',
          properties: {},
          children: page(statedPage).tree.children as Element[],
        }),
      ).toContain(openQuestionUrl(question.id));
    }
  });
});

describe('the argument ledger', () => {
  it('has a row with its own anchor for every argument, in ledger order, each linking to its own page', () => {
    const rows = elements(page(pages.ledger).tree, (el) => el.tagName === 'tr' && attr(el, 'dataSide') !== undefined);
    expect(rows.map((r) => attr(r, 'id'))).toEqual(graph.arguments.map((a) => a.id));
    for (const [i, row] of rows.entries()) {
      const argument = graph.arguments[i];
      expect(attr(row, 'dataSide')).toBe(argument.valid.side);
      expect(attr(row, 'dataOutcome')).toBe(argument.valid.outcome.status);
      expect(hrefsIn(row)).toContain(argumentUrl(argument.id));
    }
    expect(new Set(graph.arguments.map((a) => a.valid.side))).toEqual(new Set(['for', 'against']));
  });

  it('gives every argument a page that names who made it and links every source it cites', () => {
    for (const argument of graph.arguments) {
      const html = page(argumentUrl(argument.id)).html;
      for (const voice of argument.valid.madeBy) expect(html, argument.id).toContain(voice.who.replace(/&/g, '&amp;'));
      const linked = elements(page(argumentUrl(argument.id)).tree, (el) => el.tagName === 'a').map(
        (a) => attr(a, 'href')!.split('#')[1],
      );
      for (const source of [
        ...argument.valid.madeBy.flatMap((m) => m.sources),
        ...argument.valid.answer.sources,
        ...argument.valid.outcome.sources,
      ]) {
        expect(linked, `${argument.id} → ${source}`).toContain(source);
      }
    }
  });
});

describe('timeline graphics', () => {
  // Key events: rulemaking steps after the rule in force, and events a contributor gave a keyEvent label.
  const keyIds = graph.timeline
    .filter((e) => (e.valid.milestone && e.valid.milestone.stage !== 'current-rule') || e.valid.keyEvent)
    .map((e) => e.id);
  const titles = new Map(graph.timeline.map((e) => [e.id, e.valid.title]));

  it.each([
    [pages.home, keyIds],
    [pages.timeline, graph.timeline.map((e) => e.id)],
  ])('on %s, has one link per event, named by its title, to its entry on the timeline', (url, ids) => {
    const svg = elements(
      page(url).tree,
      (el) => el.tagName === 'svg' && String(el.properties?.className).includes('timeline-graphic'),
    );
    expect(svg, `${url} has one timeline graphic`).toHaveLength(1);
    const links = elements({ type: 'root', children: [svg[0]] }, (el) => el.tagName === 'a');
    expect(links.map((a) => attr(a, 'href'))).toEqual(ids.map((id) => withBase(graph.timelineEntryUrls.get(id)!)));
    links.forEach((a, i) => {
      const title = elements({ type: 'root', children: [a] }, (el) => el.tagName === 'title')[0];
      expect(title && textOf(title), ids[i]).toContain(titles.get(ids[i]));
      const [path, anchor] = withoutBase(attr(a, 'href')!).split('#');
      expect(byId(path, anchor), `${attr(a, 'href')} points at nothing`).toBeDefined();
    });
  });
});

describe('the categories diagram', () => {
  const diagramOn = (url: string) =>
    elements(
      page(url).tree,
      (el) => el.tagName === 'figure' && String(el.properties?.className).includes('categories'),
    );

  it.each([sectionUrl('the-proposal'), pages.examples])(
    'on %s, links each of its sources to the source list',
    (url) => {
      const [figure] = diagramOn(url);
      expect(figure, `${url} has no categories diagram`).toBeDefined();
      const caption = elements({ type: 'root', children: [figure] }, (el) => el.tagName === 'figcaption')[0];
      expect(hrefsIn(caption)).toEqual(categorySources.map((id) => withBase(graph.sourceEntryUrls.get(id)!)));
    },
  );

  it('is nowhere else: not on the other section pages, nor on articles', () => {
    const elsewhere = [...sections.slice(1).map((s) => sectionUrl(s.id)), ...graph.published.map((a) => a.url)];
    expect(elsewhere.filter((url) => diagramOn(url).length > 0)).toEqual([]);
  });
});
