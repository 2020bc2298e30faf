/**
 * "Answer for your own system": the reader answers the questions the worked examples share, and the examples are
 * ranked by how alike their answers are. Pure and import-free, because the overview page's script bundles it.
 */

export type MatchAnswer = 'yes' | 'no' | 'depends';
/** Answers by shared-question key ("orders-1998"); a question left out was not answered. */
export type MatchAnswers = Partial<Record<string, MatchAnswer>>;

export interface ExampleMatch {
  id: string;
  /** Questions both answered, the same way. */
  alike: number;
  /** Questions either of the two answered: a question only one side answered counts against the match. */
  compared: number;
}

/**
 * The examples in order of resemblance: the share of questions answered alike among those either side answered,
 * then the number answered alike, then page order. Empty when the reader has answered nothing.
 */
export function rankExamples(
  reader: MatchAnswers,
  examples: readonly { id: string; answers: MatchAnswers }[],
): ExampleMatch[] {
  if (!Object.values(reader).some(Boolean)) return [];
  const score = (m: ExampleMatch) => m.alike / m.compared;
  return examples
    .map(({ id, answers }) => {
      const keys = Object.keys({ ...reader, ...answers });
      return { id, alike: keys.filter((k) => reader[k] && reader[k] === answers[k]).length, compared: keys.length };
    })
    .sort((a, b) => score(b) - score(a) || b.alike - a.alike); // stable: equal matches keep page order
}

/** An example's answers to the shared questions, from its steps (`asks` names the question). */
export const answersOf = (steps: readonly { asks?: string; answer: MatchAnswer }[]): MatchAnswers =>
  Object.fromEntries(steps.flatMap((s) => (s.asks ? [[s.asks, s.answer]] : [])));

/**
 * The questions a reader is asked: each shared question (in `keys` order) that at least one example asks, worded
 * as the first example in page order words it, with the version of the rule it belongs to.
 */
export function sharedQuestions<Key extends string>(
  keys: readonly Key[],
  examples: readonly { steps: readonly { asks?: string; rule: string; question: string }[] }[],
): { key: Key; rule: string; question: string }[] {
  return keys.flatMap((key) => {
    const step = examples.flatMap((e) => e.steps).find((s) => s.asks === key);
    return step ? [{ key, rule: step.rule, question: step.question }] : [];
  });
}
