import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site';
import { projectRoot } from '../../scripts/lib/site-copy';
import { freePort } from '../../scripts/lib/free-port';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the real site from a clean dist/ (a failed build would otherwise leave the old one) and serves it. */
export default async function setup(project: TestProject) {
  await buildSite(projectRoot);
  const port = await freePort();
  const server = await preview({ root: projectRoot, logLevel: 'error', server: { port, host: '127.0.0.1' } });
  project.provide('baseUrl', `http://127.0.0.1:${port}`);
  return async () => {
    await server.stop();
  };
}
