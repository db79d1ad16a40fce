import type { Browser } from 'playwright-core';
import { indexedTexts } from '../../src/integrations/pagefind-files.ts';
import { searchDone } from './browser.ts';

/** A query asked of a large archive, and whether its count is the truth's. */
export interface Answer {
  query: string;
  /** Pages whose indexed text holds every word, read from every bundle's fragments. */
  expected: number;
  /** The count the search page reports; undefined when it reports none it can be read from. */
  found: number | undefined;
}

/**
 * Asks the search page of a built archive each query and compares the number of results it reports
 * with the number of pages that hold every word: a sharded index must lose nothing at any scale, and
 * a word found nowhere must return nothing. Queries of Han words only (numbers match whole tokens,
 * which a substring truth cannot tell).
 */
export async function answersAtScale(
  browser: Browser,
  searchUrl: string,
  dist: string,
  queries: readonly string[],
): Promise<Answer[]> {
  const texts = [...(await indexedTexts(dist)).values()];
  const page = await browser.newPage();
  const answers: Answer[] = [];
  for (const query of queries) {
    const words = query.split(/\s+/).filter(Boolean);
    const expected = texts.filter((text) => words.every((word) => text.includes(word))).length;
    await page.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
    await searchDone(page);
    const status = (await page.locator('main [role="status"]').textContent()) ?? '';
    const count = /找到\s*(\d+)/.exec(status)?.[1];
    const found = count ? Number(count) : /没有/.test(status) ? 0 : undefined;
    answers.push({ query, expected, found });
  }
  await page.close();
  return answers;
}
