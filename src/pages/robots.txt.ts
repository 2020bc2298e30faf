// robots.txt, with the sitemap's absolute address (which depends on where the site is published).
import type { APIRoute } from 'astro';
import { withBase } from '../config/routes';
import { site } from '../config/site';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${new URL(withBase('/sitemap-index.xml'), site.url).href}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
