import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { statesJson } from '../../lib/report-downloads.ts';
import { passagesOf } from '../../lib/passages.ts';
import { stateRowsOf } from '../../lib/report-rows.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return new Response(statesJson(stateRowsOf(archive), absoluteUrlOf(site), passagesOf(archive)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
