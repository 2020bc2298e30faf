import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataSchemaUrl, dataUrl } from '../../src/config/routes';
import { buildContentGraph, schemas } from '../../src/lib/content/graph';
import { openDatasets, type OpenDataset } from '../../src/lib/open-data';
import { projectRoot } from '../../scripts/lib/site-copy';
import { dist } from '../helpers/built-site';

const graph = buildContentGraph(projectRoot);
const read = (url: string) => JSON.parse(readFileSync(join(dist, url), 'utf8'));

describe('open data', () => {
  it.each(Object.keys(openDatasets) as OpenDataset[])(
    'publishes %s.json: every entry, valid against its schema, with a JSON Schema beside it',
    (name) => {
      const data = read(dataUrl(name));
      const ids = graph.entries
        .filter((e) => e.collection === name)
        .map((e) => e.id)
        .sort();
      expect(data.items.map((item: { id: string }) => item.id)).toEqual(ids);
      for (const { id, ...item } of data.items)
        expect(schemas[name].safeParse(item).error?.issues, `${name}/${id}`).toBeUndefined();
      expect(data.license.name).toBe('CC BY 4.0');
      const schema = read(dataSchemaUrl(name));
      expect(schema.properties.items.items.required).toContain('id');
      expect(new URL(data.$schema).pathname).toBe(dataSchemaUrl(name));
    },
  );
});
