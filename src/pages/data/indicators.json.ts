import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { indicatorsJson } from '../../lib/figure-downloads.ts';

export const GET: APIRoute = async () =>
  new Response(indicatorsJson((await getArchive()).indicators), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
