import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { figuresJson } from '../../lib/downloads.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(figuresJson((await getArchive()).bulletins, absoluteUrlOf(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
