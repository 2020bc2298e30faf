import { createServer } from 'node:net';

/**
 * A port nothing listens on now, chosen by the system: another copy of the site (a second checkout, a benchmark)
 * may hold any fixed port, and `astro preview` would then quietly serve on another one than asked.
 */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}
