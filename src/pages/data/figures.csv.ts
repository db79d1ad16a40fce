import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { figuresCsv } from '../../lib/downloads.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(figuresCsv((await getArchive()).bulletins, absoluteUrlOf(site)), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
