// Stands in for the content-graph integration's `virtual:content-graph` under Vitest; tests replace it with vi.mock.
export default {
  citations: {},
  words: {},
  sourcePages: [],
  openQuestions: [],
  timelinePages: [],
  timelineEntryUrls: {},
  changesPages: [],
  cards: {},
};
