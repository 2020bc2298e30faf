// robots.txt, with the sitemap's absolute address (which depends on where the site is published).
import type { APIRoute } from 'astro';
import { absoluteUrl } from '../config/routes';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\nSitemap: ${absoluteUrl('/sitemap-index.xml')}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
