import { describe, expect, it } from 'vitest';
import { buildContentGraph } from '../../src/lib/content/graph';
import {
  compactLayout,
  fullLayout,
  isKeyEvent,
  layoutProblems,
  layoutTimeline,
  textWidth,
  timeScale,
  type GraphicEvent,
} from '../../src/lib/timeline-graphic';
import { projectRoot } from '../../scripts/lib/site-copy';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const event = (iso: string, id = iso, extra: Partial<GraphicEvent> = {}): GraphicEvent => ({
  id,
  date: day(iso),
  title: `Event of ${iso}`,
  kind: 'statement',
  ...extra,
});

// The site's own events, read the way the pages read them.
const graph = buildContentGraph(projectRoot);
const events: GraphicEvent[] = graph.timeline.map((e) => ({
  id: e.id,
  date: e.valid.date,
  title: e.valid.title,
  kind: e.valid.kind,
  stage: e.valid.milestone?.stage,
  keyEvent: e.valid.keyEvent,
}));
const keyIds = graph.timeline
  .filter((e) => (e.valid.milestone && e.valid.milestone.stage !== 'current-rule') || e.valid.keyEvent)
  .map((e) => e.id);

describe('timeScale', () => {
  const options = { x0: 0, x1: 1000, minYearWeight: 2, collapseEmptyYears: 2, breakWidth: 20 };

  it('places later days further right, linearly within a year', () => {
    const scale = timeScale([day('2020-01-01'), day('2021-12-31')], options);
    const xs = ['2020-01-01', '2020-07-01', '2020-12-31', '2021-01-01', '2021-12-31'].map((d) => scale.x(day(d)));
    expect(xs).toEqual([...xs].sort((a, b) => a - b));
    expect(new Set(xs).size).toBe(xs.length);
    expect(scale.years.map((y) => y.year)).toEqual([2020, 2021]);
  });

  it('collapses a long run of empty years into a break, but keeps a single empty year', () => {
    const scale = timeScale([day('1998-12-02'), day('2014-11-19'), day('2016-01-01')], options);
    expect(scale.breaks.map((b) => [b.from, b.to])).toEqual([[1999, 2013]]);
    expect(scale.years.map((y) => y.year)).toEqual([1998, 2014, 2015, 2016]);
    expect(scale.years.at(-1)!.x1).toBeCloseTo(1000);
  });

  it('gives a busy year more room than a quiet one', () => {
    const dates = [day('2020-05-01'), ...Array.from({ length: 8 }, (_, i) => day(`2021-0${i + 1}-01`))];
    const [quiet, busy] = timeScale(dates, options).years;
    expect(busy.x1 - busy.x0).toBe(4 * (quiet.x1 - quiet.x0));
  });
});

describe('the timeline graphics of the site', () => {
  const compact = layoutTimeline(events.filter(isKeyEvent), compactLayout);
  const full = layoutTimeline(events, fullLayout);

  it('shows every rulemaking step after the rule in force and every keyEvent on the compact one, each labelled', () => {
    expect(keyIds.length).toBeGreaterThanOrEqual(6);
    expect(compact.marks.map((m) => m.event.id)).toEqual(keyIds);
    for (const m of compact.marks) expect(m.label?.lines.length, m.event.id).toBe(2);
  });

  it('shows every event on the full one, labelling exactly the key events', () => {
    expect(full.marks.map((m) => m.event.id)).toEqual(graph.timeline.map((e) => e.id));
    expect(full.marks.filter((m) => m.label).map((m) => m.event.id)).toEqual(keyIds);
  });

  it.each([
    ['compact', compact],
    ['full', full],
  ])('%s: x never decreases with the date, and a later year is further right', (_, layout) => {
    for (const [a, b] of layout.marks.slice(1).map((m, i) => [layout.marks[i], m]))
      expect(b.x, `${a.event.id} → ${b.event.id}`).toBeGreaterThanOrEqual(a.x);
    const years = layout.years.map((y) => y.x0);
    expect(years).toEqual([...years].sort((a, b) => a - b));
  });

  it.each([
    ['compact', compact],
    ['full', full],
  ])('%s: no label touches another, no leader crosses a label, nothing is cut off', (_, layout) => {
    expect(layoutProblems(layout)).toEqual([]);
  });

  it.each([
    ['compact', compact],
    ['full', full],
  ])('%s: marks stay 24 units apart (WCAG 2.2 target spacing)', (_, layout) => {
    for (const a of layout.marks)
      for (const b of layout.marks)
        if (a !== b)
          expect(Math.hypot(a.x - b.x, a.y - b.y), `${a.event.id} / ${b.event.id}`).toBeGreaterThanOrEqual(24);
  });

  it('is the same picture whatever order the events come in', () => {
    expect(layoutTimeline([...events].reverse(), fullLayout)).toEqual(full);
  });
});

describe('layoutTimeline', () => {
  const labelled = { ...compactLayout, labelLines: (e: GraphicEvent) => [e.title] };

  it('stacks marks of the same day and keeps their labels apart (their leaders share one line)', () => {
    const crowded = Array.from({ length: 6 }, (_, i) => event('2024-03-01', `e${i}`));
    const layout = layoutTimeline([event('2023-01-01'), ...crowded], labelled);
    expect(new Set(layout.marks.map((m) => m.lane)).size).toBe(6);
    expect(layoutProblems(layout).filter((p) => !p.includes('leader'))).toEqual([]);
  });

  it('ends a label at its mark near the right edge instead of cutting it off', () => {
    const layout = layoutTimeline(
      [event('2020-01-01'), event('2021-12-30', 'last', { title: 'A rather long label' })],
      labelled,
    );
    const last = layout.marks.at(-1)!;
    expect(last.label?.anchor).toBe('end');
    expect(last.label!.box.x1).toBeLessThanOrEqual(layout.width);
  });

  it('estimates wider text for longer and wider strings', () => {
    expect(textWidth('Withdrawn', 13)).toBeGreaterThan(textWidth('Withdraw', 13));
    expect(textWidth('MMMM', 13)).toBeGreaterThan(textWidth('iiii', 13));
  });
});
