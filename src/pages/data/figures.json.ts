import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { figuresJson } from '../../lib/figure-downloads.ts';
import { figureRowsOf } from '../../lib/figures.ts';
import { passagesOf } from '../../lib/passages.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return new Response(figuresJson(figureRowsOf(archive), absoluteUrlOf(site), passagesOf(archive)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
