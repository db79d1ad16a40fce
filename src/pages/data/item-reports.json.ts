import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { itemReportsJson } from '../../lib/report-downloads.ts';
import { passagesOf } from '../../lib/passages.ts';
import { itemReportRowsOf } from '../../lib/report-rows.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const archive = await getArchive();
  return new Response(itemReportsJson(itemReportRowsOf(archive), absoluteUrlOf(site), passagesOf(archive)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
