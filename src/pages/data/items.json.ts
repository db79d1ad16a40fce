import type { APIRoute } from 'astro';
import { getArchive } from '../../lib/archive.ts';
import { itemsJson } from '../../lib/downloads.ts';
import { ledgerOf } from '../../lib/ledger.ts';
import { absoluteUrlOf } from '../../lib/site-urls.ts';

export const GET: APIRoute = async ({ site }) =>
  new Response(itemsJson(ledgerOf(await getArchive()), absoluteUrlOf(site)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
