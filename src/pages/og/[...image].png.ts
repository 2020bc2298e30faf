// The Open Graph image of every page, one PNG each (`/og/the-proposal/slug.png`), drawn from the page's card.
import type { APIRoute, GetStaticPaths } from 'astro';
import graph from 'virtual:content-graph';
import { ogImageName } from '../../config/routes';
import { site } from '../../config/site';
import { ogFonts } from '../../lib/og-fonts';
import type { OgCard } from '../../lib/og-image';
import { renderOgImage } from '../../lib/og-render';

export const getStaticPaths = (() =>
  Object.entries(graph.cards).map(([path, card]) => ({
    params: { image: ogImageName(path) },
    props: { card },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ card: OgCard }> = async ({ props }) =>
  new Response(new Uint8Array(await renderOgImage(props.card, site.title, ogFonts)), {
    headers: { 'Content-Type': 'image/png' },
  });
