import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { exampleQuestionKeys, exampleQuestionRules } from '../../src/config/explainer';
import { buildContentGraph } from '../../src/lib/content/graph';
import { answersOf, rankExamples, sharedQuestions } from '../../src/lib/example-match';
import { makeExampleSchema } from '../../src/schemas/example';
import { projectRoot } from '../../scripts/lib/site-copy';

const examples = buildContentGraph(projectRoot).examples;
const candidates = examples.map((e) => ({ id: e.id, answers: answersOf(e.valid.steps) }));

describe('rankExamples', () => {
  it('ranks by the share of questions answered alike, a question only one side answered counting against', () => {
    const ranked = rankExamples({ a: 'yes', b: 'no' }, [
      { id: 'half', answers: { a: 'yes', b: 'yes' } },
      { id: 'all-and-more', answers: { a: 'yes', b: 'no', c: 'depends' } },
      { id: 'all', answers: { a: 'yes', b: 'no' } },
    ]);
    expect(ranked).toEqual([
      { id: 'all', alike: 2, compared: 2 },
      { id: 'all-and-more', alike: 2, compared: 3 },
      { id: 'half', alike: 1, compared: 2 },
    ]);
  });

  it('keeps page order between equal matches, and ranks nothing before the reader answers', () => {
    const same = [
      { id: 'first', answers: { a: 'no' as const } },
      { id: 'second', answers: { a: 'no' as const } },
    ];
    expect(rankExamples({ a: 'no' }, same).map((m) => m.id)).toEqual(['first', 'second']);
    expect(rankExamples({}, same)).toEqual([]);
  });

  it.each(candidates.map((c) => [c.id, c] as const))(
    'ranks the worked example %s first when answered exactly like it',
    (_id, example) => {
      expect(Object.keys(example.answers).length).toBeGreaterThan(0);
      const [top] = rankExamples(example.answers, candidates);
      expect(top).toEqual({
        id: example.id,
        alike: Object.keys(example.answers).length,
        compared: Object.keys(example.answers).length,
      });
    },
  );
});

describe('the shared questions', () => {
  it('asks each shared question some example answers, worded as the first example in page order words it', () => {
    const questions = sharedQuestions(
      exampleQuestionKeys,
      examples.map((e) => e.valid),
    );
    expect(questions.map((q) => q.key)).toEqual(
      exampleQuestionKeys.filter((key) => examples.some((e) => e.valid.steps.some((s) => s.asks === key))),
    );
    for (const q of questions) {
      const first = examples.flatMap((e) => e.valid.steps).find((s) => s.asks === q.key)!;
      expect(q).toEqual({ key: q.key, rule: exampleQuestionRules[q.key], question: first.question });
    }
  });

  it('refuses a shared question under the wrong version of the rule, or asked twice', () => {
    const schema = makeExampleSchema(z.string());
    const step = { rule: '1998', question: 'Q?', answer: 'yes', reasoning: 'R.', sources: ['s'] };
    const example = (steps: object[]) => ({
      title: 'T',
      order: 1,
      system: 'S.',
      steps,
      outcomes: [{ rule: '1998', result: 'exchange', confidence: 'likely', note: 'N.', sources: ['s'] }],
    });
    expect(schema.safeParse(example([{ ...step, asks: 'orders-1998' }, step, step])).success).toBe(true);
    const wrongRule = schema.safeParse(example([{ ...step, asks: 'trading-interest-2022' }, step, step]));
    expect(wrongRule.error?.issues.map((i) => i.message)).toEqual(['asks a question of another version of the rule']);
    const twice = schema.safeParse(example([{ ...step, asks: 'orders-1998' }, { ...step, asks: 'orders-1998' }, step]));
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['asks the same shared question twice']);
  });
});
