import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../src/config/site';
import { projectRoot } from '../../scripts/lib/site-copy';

const headers = readFileSync(join(projectRoot, 'public/_headers'), 'utf8');
const header = (name: string) => new RegExp(`^\\s+${name}: (.+)$`, 'm').exec(headers)?.[1];

describe('security headers', () => {
  it('sends the same Content-Security-Policy in public/_headers as in the pages’ meta tag, plus frame-ancestors', () => {
    expect(header('Content-Security-Policy')).toBe(`${contentSecurityPolicy}; frame-ancestors 'none'`);
  });

  it('allows no inline or eval script, only WebAssembly for search', () => {
    const scriptSrc = /script-src ([^;]+)/.exec(contentSecurityPolicy)?.[1];
    expect(scriptSrc).toBe("'self' 'wasm-unsafe-eval'");
    expect(contentSecurityPolicy).not.toContain('unsafe-inline');
  });

  it('sets the other protective headers', () => {
    expect(header('Referrer-Policy')).toBe('strict-origin-when-cross-origin');
    expect(header('X-Content-Type-Options')).toBe('nosniff');
    expect(header('Permissions-Policy')).toMatch(/camera=\(\)/);
  });
});
