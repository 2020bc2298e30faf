import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { absoluteUrl, dataSchemaUrl } from '../../config/routes';
import { site } from '../../config/site';
import { openDatasets, plainData, type OpenDataset } from '../../lib/open-data';

export const getStaticPaths = (() =>
  Object.keys(openDatasets).map((dataset) => ({ params: { dataset } }))) satisfies GetStaticPaths;

/** One collection as open data: every entry with its id, as written in content/, under the content licence. */
export const GET: APIRoute = async ({ params }) => {
  const dataset = params.dataset as OpenDataset;
  const entries = (await getCollection(dataset)).sort((a, b) => a.id.localeCompare(b.id));
  const body = {
    $schema: absoluteUrl(dataSchemaUrl(dataset)),
    title: `${site.title}: ${dataset}`,
    description: openDatasets[dataset],
    license: site.contentLicense,
    source: site.repoUrl,
    items: entries.map((entry) => ({ id: entry.id, ...(plainData(entry.data) as Record<string, unknown>) })),
  };
  return new Response(`${JSON.stringify(body, null, 2)}\n`, { headers: { 'Content-Type': 'application/json' } });
};
