import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { indicatorsCsv } from '../../lib/figure-downloads.ts';

export const GET: APIRoute = async () =>
  new Response(indicatorsCsv((await getArchive()).indicators), {
    headers: { 'Content-Type': 'text/csv; charset=utf-8' },
  });
