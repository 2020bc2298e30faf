import type { APIRoute, GetStaticPaths } from 'astro';
import { z } from 'astro/zod';
import { zodToJsonSchema } from 'zod-to-json-schema';
import { absoluteUrl, dataSchemaUrl } from '../../config/routes';
import { site } from '../../config/site';
import { schemas } from '../../lib/content/graph';
import { openDatasets, type OpenDataset } from '../../lib/open-data';

export const getStaticPaths = (() =>
  Object.keys(openDatasets).map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** The JSON Schema of a dataset, generated from the same zod schema the content checker uses. */
export const GET: APIRoute = ({ params }) => {
  const dataset = params.dataset as OpenDataset;
  const item = (schemas[dataset] as z.AnyZodObject).extend({ id: z.string() });
  const file = z.object({
    $schema: z.string().url(),
    title: z.string(),
    description: z.string(),
    license: z.object({ name: z.string(), url: z.string().url() }),
    source: z.string().url(),
    items: z.array(item),
  });
  const schema = {
    ...zodToJsonSchema(file, { target: 'jsonSchema7', $refStrategy: 'none' }),
    $id: absoluteUrl(dataSchemaUrl(dataset)),
    title: `${site.title}: ${dataset}`,
    description: openDatasets[dataset],
  };
  return new Response(`${JSON.stringify(schema, null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json' },
  });
};
