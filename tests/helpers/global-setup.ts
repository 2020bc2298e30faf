import { preview } from 'astro';
import type { TestProject } from 'vitest/node';
import { buildSite } from '../../scripts/lib/build-site';
import { projectRoot } from '../../scripts/lib/site-copy';

// TEST_PORT lets runs that share a machine (several worktrees testing at once) each serve on their own port.
const PORT = Number(process.env.TEST_PORT ?? 4399);

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Builds the real site from a clean dist/ (a failed build would otherwise leave the old one) and serves it. */
export default async function setup(project: TestProject) {
  await buildSite(projectRoot);
  const server = await preview({ root: projectRoot, logLevel: 'error', server: { port: PORT, host: '127.0.0.1' } });
  // Astro moves to another port when this one is taken; use the one it actually bound.
  project.provide('baseUrl', `http://127.0.0.1:${server.port}`);
  return async () => {
    await server.stop();
  };
}
