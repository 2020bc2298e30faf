import { defineCollection, reference } from 'astro:content';
import { glob } from 'astro/loaders';
import { articleSchema } from './schemas/article';
import { makeArgumentSchema } from './schemas/argument';
import { makeClaimSchema } from './schemas/claim';
import { makeExampleSchema } from './schemas/example';
import { makeGlossarySchema } from './schemas/glossary';
import { makeRuleTextSchema } from './schemas/rule-text';
import { sourceSchema } from './schemas/source';
import { makeTimelineSchema } from './schemas/timeline';

// Content lives in content/ at the project root; files and folders starting with "_" are never loaded.
const yamlIn = (folder: string) => glob({ pattern: ['*.yaml', '!_*'], base: `./content/${folder}` });

export const collections = {
  articles: defineCollection({
    loader: glob({ pattern: ['*/*.mdx', '!_*/**', '!**/_*'], base: './content/articles' }),
    schema: articleSchema,
  }),
  sources: defineCollection({ loader: yamlIn('sources'), schema: sourceSchema }),
  timeline: defineCollection({ loader: yamlIn('timeline'), schema: makeTimelineSchema(reference('sources')) }),
  glossary: defineCollection({
    loader: yamlIn('glossary'),
    schema: makeGlossarySchema(reference('sources'), reference('glossary')),
  }),
  claims: defineCollection({ loader: yamlIn('claims'), schema: makeClaimSchema(reference('sources')) }),
  arguments: defineCollection({
    loader: yamlIn('arguments'),
    schema: makeArgumentSchema(reference('sources'), reference('articles')),
  }),
  examples: defineCollection({ loader: yamlIn('examples'), schema: makeExampleSchema(reference('sources')) }),
  'rule-text': defineCollection({ loader: yamlIn('rule-text'), schema: makeRuleTextSchema(reference('sources')) }),
};
