import { stageVerb, type MilestoneStage } from './status';
import { formatShortDate } from './dates';

/**
 * The timeline graphic's layout, worked out at build time: where each event's mark and label go on a horizontal
 * time axis. Pure and deterministic (same events, same picture); the component only draws what this returns.
 */

/** What the graphic needs of a timeline event. */
export interface GraphicEvent {
  id: string;
  date: Date;
  title: string;
  kind: string;
  /** The rulemaking stage, when the event is a step of the rulemaking (its `milestone`). */
  stage?: MilestoneStage;
  /** The event's `keyEvent` label, when it has one. */
  keyEvent?: string;
}

/** A mark's shape, so that the kind of event never rests on colour: a rulemaking step, a court ruling, or other. */
export type MarkShape = 'step' | 'ruling' | 'event';

export const markShape = (e: GraphicEvent): MarkShape =>
  e.stage !== undefined ? 'step' : e.kind === 'ruling' ? 'ruling' : 'event';

/**
 * The story in brief: every step of the rulemaking after the rule in force (proposal, publication, reopening,
 * supplement, withdrawal or adoption), and every event a contributor gave a `keyEvent` label.
 */
export const isKeyEvent = (e: GraphicEvent): boolean =>
  (e.stage !== undefined && e.stage !== 'current-rule') || e.keyEvent !== undefined;

/** The short label a key event is shown with: its own `keyEvent`, else its stage ("Proposed", "Withdrawn"). */
export const keyLabel = (e: GraphicEvent): string | undefined =>
  e.keyEvent ?? (e.stage !== undefined ? stageVerb[e.stage] : undefined);

export interface Box {
  x0: number;
  x1: number;
  y0: number;
  y1: number;
}

/** A year on the axis, from its 1 January (x0) to the next (x1). */
export interface YearSpan {
  year: number;
  x0: number;
  x1: number;
}

/** A run of years with no event, drawn as a short break in the axis instead of empty space. */
export interface AxisBreak {
  from: number;
  to: number;
  x0: number;
  x1: number;
}

export interface TimeScale {
  years: YearSpan[];
  breaks: AxisBreak[];
  /** Where a day falls: linear within its year. */
  x(date: Date): number;
}

export interface ScaleOptions {
  /** The axis runs from x0 to x1. */
  x0: number;
  x1: number;
  /** A year's share of the axis is its number of events, but never less than this. */
  minYearWeight: number;
  /** Runs of at least this many years without an event collapse into a break... */
  collapseEmptyYears: number;
  /** ...this wide. */
  breakWidth: number;
}

const yearOf = (d: Date) => d.getUTCFullYear();
const yearFraction = (d: Date) => {
  const start = Date.UTC(yearOf(d), 0, 1);
  return (d.getTime() - start) / (Date.UTC(yearOf(d) + 1, 0, 1) - start);
};

/**
 * A time axis over whole years: busy years get more room than quiet ones (a year's width follows its number of
 * events), and long quiet stretches (1999–2013) collapse into a break, so a story of 28 years with most events in
 * the last five stays readable. Within a year, position is linear in time, so x always increases with the date.
 */
export function timeScale(dates: readonly Date[], options: ScaleOptions): TimeScale {
  if (dates.length === 0) return { years: [], breaks: [], x: () => options.x0 };
  const counts = new Map<number, number>();
  for (const d of dates) counts.set(yearOf(d), (counts.get(yearOf(d)) ?? 0) + 1);
  const first = Math.min(...counts.keys());
  const last = Math.max(...counts.keys());

  type Segment = { kind: 'year'; year: number; weight: number } | { kind: 'break'; from: number; to: number };
  const segments: Segment[] = [];
  for (let year = first; year <= last; year++) {
    if (counts.has(year)) {
      segments.push({ kind: 'year', year, weight: Math.max(options.minYearWeight, counts.get(year)!) });
      continue;
    }
    let end = year;
    while (!counts.has(end + 1) && end + 1 <= last) end++;
    if (end - year + 1 >= options.collapseEmptyYears) segments.push({ kind: 'break', from: year, to: end });
    else for (let y = year; y <= end; y++) segments.push({ kind: 'year', year: y, weight: options.minYearWeight });
    year = end;
  }

  const breakCount = segments.filter((s) => s.kind === 'break').length;
  const totalWeight = segments.reduce((sum, s) => sum + (s.kind === 'year' ? s.weight : 0), 0);
  const unit = (options.x1 - options.x0 - breakCount * options.breakWidth) / totalWeight;
  const years: YearSpan[] = [];
  const breaks: AxisBreak[] = [];
  let x = options.x0;
  for (const s of segments) {
    const width = s.kind === 'year' ? s.weight * unit : options.breakWidth;
    if (s.kind === 'year') years.push({ year: s.year, x0: x, x1: x + width });
    else breaks.push({ from: s.from, to: s.to, x0: x, x1: x + width });
    x += width;
  }
  const spans = new Map(years.map((y) => [y.year, y]));
  return {
    years,
    breaks,
    x(date) {
      const span = spans.get(yearOf(date));
      if (!span) throw new Error(`${date.toISOString()} is outside the time axis`);
      return span.x0 + yearFraction(date) * (span.x1 - span.x0);
    },
  };
}

/**
 * An estimate of a label's width in the graphic's units, from typical widths of a sans-serif face (a little
 * generous, bold and in the widest common face, DejaVu Sans, so that boxes that do not touch here do not touch on
 * screen either; an e2e test measures them in Chromium). SVG text cannot be measured
 * at build time, and this keeps the layout free of any font file.
 */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const ch of text) {
    if (/[ilI.,;:'’!|fjt()[\]]/.test(ch)) em += 0.32;
    else if (ch === ' ') em += 0.3;
    else if (/[mwMW]/.test(ch)) em += 0.9;
    else if (/[A-Z]/.test(ch)) em += 0.7;
    else if (/[0-9]/.test(ch)) em += 0.58;
    else em += 0.56;
  }
  return em * fontSize * 1.2;
}

export interface LayoutOptions extends Omit<ScaleOptions, 'x0' | 'x1'> {
  /** The viewBox width; the height follows from what has to fit. */
  width: number;
  /** Room left and right of the axis. */
  padding: number;
  fontSize: number;
  lineHeight: number;
  /** A mark's radius. */
  markSize: number;
  /** Marks closer than this stack above each other. */
  markGap: number;
  /** Labels closer than this count as touching. */
  labelGap: number;
  /** Which events carry a visible label, and its lines (e.g. the label and the date). */
  labelLines(event: GraphicEvent): string[] | undefined;
}

export interface PlacedLabel {
  lines: string[];
  /** Where the text is anchored: its first baseline, at the start or the end of the text. */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  lane: number;
  box: Box;
}

export interface PlacedMark {
  event: GraphicEvent;
  shape: MarkShape;
  /** The centre of the mark. */
  x: number;
  y: number;
  /** 0 sits on the axis; marks too close to an earlier one stack above it. */
  lane: number;
  label?: PlacedLabel;
}

export interface TimelineLayout {
  width: number;
  height: number;
  axisY: number;
  /** The baseline of the year labels. */
  yearY: number;
  years: YearSpan[];
  breaks: AxisBreak[];
  /** In date order. */
  marks: PlacedMark[];
}

export const overlaps = (a: Box, b: Box, gap = 0): boolean =>
  a.x0 < b.x1 + gap && b.x0 < a.x1 + gap && a.y0 < b.y1 + gap && b.y0 < a.y1 + gap;

const within = (x: number, box: Box, gap: number) => x >= box.x0 - gap && x <= box.x1 + gap;

/**
 * Lays the events out on one horizontal axis: year labels on top, marks on the axis (stacked when two are closer
 * than `markGap`), labels below in as few lanes as fit. Labels are placed from the right: each goes to the lane
 * nearest the axis where it touches no other label and its leader line crosses none (a label whose box covers
 * another's leader goes below it).
 */
export function layoutTimeline(events: readonly GraphicEvent[], o: LayoutOptions): TimelineLayout {
  const sorted = [...events].sort((a, b) => a.date.getTime() - b.date.getTime() || a.id.localeCompare(b.id));
  const scale = timeScale(
    sorted.map((e) => e.date),
    { ...o, x0: o.padding, x1: o.width - o.padding },
  );

  // Stacked marks keep the same distance as marks side by side.
  const markStep = Math.max(2 * o.markSize + 2, o.markGap);
  const laneEnds: number[] = [];
  const marks = sorted.map((event) => {
    const x = scale.x(event.date);
    let lane = laneEnds.findIndex((end) => x - end >= o.markGap);
    if (lane === -1) lane = laneEnds.length;
    laneEnds[lane] = x;
    return { event, shape: markShape(event), x, lane };
  });
  const yearY = o.fontSize;
  const axisY = yearY + 8 + (Math.max(0, ...marks.map((m) => m.lane)) + 1) * markStep;

  const labelTop = axisY + o.markSize + 8;
  const labelled = marks.flatMap((m) => {
    const lines = o.labelLines(m.event);
    return lines?.length ? [{ mark: m, lines, w: Math.max(...lines.map((l) => textWidth(l, o.fontSize))) }] : [];
  });
  const laneHeight = (lines: number) => lines * o.lineHeight + o.labelGap;
  const maxLines = Math.max(1, ...labelled.map((l) => l.lines.length));
  const at = (item: (typeof labelled)[number], anchor: 'start' | 'end', lane: number): PlacedLabel => {
    const x = anchor === 'start' ? item.mark.x - 3 : item.mark.x + 3;
    const y0 = labelTop + lane * laneHeight(maxLines);
    const x0 = anchor === 'start' ? x : x - item.w;
    const box = { x0, x1: x0 + item.w, y0, y1: y0 + item.lines.length * o.lineHeight };
    return { lines: item.lines, x, y: y0 + o.fontSize, anchor, lane, box };
  };
  const inside = (label: PlacedLabel) => label.box.x0 >= o.padding / 2 && label.box.x1 <= o.width - o.padding / 2;
  const clear = (label: PlacedLabel, x: number, p: { label: PlacedLabel; x: number }, leaders: boolean) =>
    (p.label.lane !== label.lane || !overlaps(label.box, p.label.box, o.labelGap)) &&
    (!leaders || !within(p.x, label.box, o.labelGap) || label.lane > p.label.lane) &&
    (!leaders || !within(x, p.label.box, o.labelGap) || label.lane < p.label.lane);
  const options = (item: (typeof labelled)[number], lanes: number) =>
    Array.from({ length: lanes }, (_, lane) => [at(item, 'start', lane), at(item, 'end', lane)])
      .flat()
      .filter(inside);

  // The fewest lanes in which every label fits with no label touching another and no leader crossing a label:
  // a depth-first search from the right, text starting at its mark where it can, within a fixed budget of steps.
  const search = (lanes: number) => {
    let steps = 200_000;
    const chosen: { label: PlacedLabel; x: number }[] = [];
    const visit = (i: number): boolean => {
      if (i < 0) return true;
      const item = labelled[i];
      for (const label of options(item, lanes)) {
        if (--steps < 0) return false;
        if (!chosen.every((p) => clear(label, item.mark.x, p, true))) continue;
        chosen.push({ label, x: item.mark.x });
        if (visit(i - 1)) return true;
        chosen.pop();
      }
      return false;
    };
    return visit(labelled.length - 1) ? chosen.map((c) => c.label).reverse() : undefined;
  };
  // Failing that (never with the site's content; a unit test checks), labels that merely do not touch.
  const fallback = () => {
    const chosen: { label: PlacedLabel; x: number }[] = [];
    for (const item of [...labelled].reverse()) {
      const label = options(item, labelled.length + 1).find((l) =>
        chosen.every((p) => clear(l, item.mark.x, p, false)),
      );
      chosen.push({ label: label ?? at(item, 'start', labelled.length + 1), x: item.mark.x });
    }
    return chosen.map((c) => c.label).reverse();
  };
  let labels: PlacedLabel[] | undefined;
  for (let lanes = 1; !labels && lanes <= labelled.length; lanes++) labels = search(lanes);
  labels ??= fallback();
  const placed = new Map(labelled.map((item, i) => [item.mark.event.id, labels[i]]));

  const labelLanes = Math.max(-1, ...[...placed.values()].map((l) => l.lane)) + 1;
  const height = (labelLanes > 0 ? labelTop + labelLanes * laneHeight(maxLines) : axisY + o.markSize + 4) + 4;
  return {
    width: o.width,
    height: Math.ceil(height),
    axisY,
    yearY,
    years: scale.years,
    breaks: scale.breaks,
    marks: marks.map((m) => ({ ...m, y: axisY - m.lane * markStep, label: placed.get(m.event.id) })),
  };
}

const shared = {
  padding: 24,
  fontSize: 13,
  lineHeight: 16,
  markSize: 6,
  // 24 CSS pixels between marks at the smallest size the graphic is drawn at: WCAG 2.2's target spacing.
  markGap: 24,
  labelGap: 6,
  minYearWeight: 2,
  collapseEmptyYears: 2,
  breakWidth: 28,
} satisfies Partial<LayoutOptions>;

/** The story in brief, on the home page: key events only, each labelled with its label and its date. */
export const compactLayout: LayoutOptions = {
  ...shared,
  width: 880,
  labelLines: (e) => [keyLabel(e) ?? e.title, formatShortDate(e.date)],
};

/** Every event, on /timeline/: key events labelled, the others marks whose title names them. */
export const fullLayout: LayoutOptions = {
  ...shared,
  width: 960,
  labelLines: (e) => (isKeyEvent(e) ? [keyLabel(e)!] : undefined),
};

/** What would make a layout unreadable: two labels that touch, or a leader line drawn through another label. */
export function layoutProblems(layout: TimelineLayout): string[] {
  const labelled = layout.marks.filter((m): m is PlacedMark & { label: PlacedLabel } => m.label !== undefined);
  const problems: string[] = [];
  for (const a of labelled)
    for (const b of labelled) {
      if (a === b) continue;
      if (a.event.id < b.event.id && overlaps(a.label.box, b.label.box))
        problems.push(`labels of ${a.event.id} and ${b.event.id} overlap`);
      if (b.label.box.y1 <= a.label.box.y0 && a.x >= b.label.box.x0 && a.x <= b.label.box.x1)
        problems.push(`the leader of ${a.event.id} crosses the label of ${b.event.id}`);
    }
  for (const m of labelled)
    if (m.label.box.x0 < 0 || m.label.box.x1 > layout.width) problems.push(`the label of ${m.event.id} is cut off`);
  return problems;
}
