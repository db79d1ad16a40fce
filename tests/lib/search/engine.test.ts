import { describe, expect, test } from 'vitest';
import { createSearchEngine } from '../../../src/lib/search/engine.ts';
import { readSearchState } from '../../../src/lib/search/state.ts';
import { pagefindStandIn, type StandInPage } from '../../support/pagefind-stand-in.ts';

const PAGES: StandInPage[] = [
  {
    url: '/villages/guojia/',
    title: '郭家村',
    name: '郭家村',
    text: '郭家村 市残联 扬水站 已建成',
    date: '2015-07-03',
    filters: { type: ['村'], town: ['毕郭镇'] },
  },
  {
    url: '/items/guojia-pump/',
    title: '扬水站',
    name: '扬水站',
    text: '郭家村 扬水站 已完成',
    date: '2015-07-03',
    filters: { type: ['帮扶事项'], town: ['毕郭镇'], status: ['已完成'] },
  },
  {
    url: '/bulletins/2015-02/',
    title: '督查情况通报',
    text: '市残联 筹资 为 郭家村 建成 扬水站 西沟子村 绿化',
    date: '2015-07-03',
    filters: { type: ['简报'], year: ['2015'] },
  },
  {
    url: '/bulletins/2016-01/',
    title: '第一期',
    text: '扬水 工程 和 水站 维修 郭家村',
    date: '2016-01-05',
    filters: { type: ['简报'], year: ['2016'] },
  },
  {
    url: '/villages/xigouzi/',
    title: '西沟子村',
    name: '西沟子村',
    text: '西沟子村 市住建局 绿化',
    date: '2015-07-03',
    filters: { type: ['村'], town: ['毕郭镇'] },
  },
];

async function run(address: string, pages = PAGES) {
  const standIn = pagefindStandIn(pages);
  const outcome = await createSearchEngine(() => Promise.resolve(standIn.index)).run(
    readSearchState(new URLSearchParams(address)),
  );
  const hits = await outcome.hits(0, 50);
  return { standIn, outcome, urls: hits.map((hit) => hit.href.replace(/\?.*$/, '')) };
}

describe('the search engine over Pagefind', () => {
  test('a word matches only where its characters stand together: 扬水站 is not 扬水 … 水站', async () => {
    const { urls } = await run('q=扬水站');
    expect(urls.sort()).toEqual(['/bulletins/2015-02/', '/items/guojia-pump/', '/villages/guojia/']);
  });

  test('several words return only the pages holding every one of them', async () => {
    const { urls } = await run('q=扬水站+西沟子');
    expect(urls).toEqual(['/bulletins/2015-02/']);
  });

  test('a word found nowhere returns nothing, though its characters occur', async () => {
    const { outcome } = await run('q=郭扬');
    expect(outcome.total).toBe(0);
  });

  test('results are ranked with the page named for the word first', async () => {
    const { urls } = await run('q=扬水站');
    expect(urls[0]).toBe('/items/guojia-pump/');
    const village = await run('q=郭家村');
    expect(village.urls[0]).toBe('/villages/guojia/');
  });

  test('date order puts the newest first, or the oldest', async () => {
    expect((await run('q=郭家村&sort=newest')).urls[0]).toBe('/bulletins/2016-01/');
    expect((await run('q=郭家村&sort=oldest')).urls.at(-1)).toBe('/bulletins/2016-01/');
  });

  test('a page without a date comes last in either date order', async () => {
    const undated = [{ url: '/about/', title: '关于', text: '郭家村 扬水站' }, ...PAGES];
    for (const sort of ['newest', 'oldest']) {
      const { urls } = await run(`q=郭家村&sort=${sort}`, undated);
      expect(urls.at(-1)).toBe('/about/');
      expect(urls).toHaveLength(5);
    }
  });

  test('a chosen filter narrows the results and its other values keep their counts', async () => {
    const { outcome, urls } = await run('q=扬水站&type=村');
    expect(urls).toEqual(['/villages/guojia/']);
    const counts = await outcome.counts();
    // Equal counts are listed by pinyin: bāng, cūn, jiǎn.
    expect(counts.type).toEqual([
      { value: '帮扶事项', count: 1 },
      { value: '村', count: 1 },
      { value: '简报', count: 1 },
    ]);
    expect(counts.town).toEqual([{ value: '毕郭镇', count: 1 }]);
  });

  test('several words count filter values over the intersection, with a chosen filter applied to the others', async () => {
    const { outcome } = await run('q=郭家村+市残联&year=2015');
    const counts = await outcome.counts();
    expect(counts.type).toEqual([{ value: '简报', count: 1 }]);
    expect(counts.year).toEqual([{ value: '2015', count: 1 }]);
    const unfiltered = await (await run('q=郭家村+市残联')).outcome.counts();
    expect(unfiltered.type).toEqual([
      { value: '村', count: 1 },
      { value: '简报', count: 1 },
    ]);
  });

  test('no filter index is loaded until the counts are asked for', async () => {
    const { standIn, outcome } = await run('q=扬水站+西沟子');
    expect(standIn.filtersLoaded).toBe(0);
    await outcome.counts();
    expect(standIn.filtersLoaded).toBe(1);
  });

  test('the filter index of a set of indexes is loaded once, however many queries count over it', async () => {
    const standIn = pagefindStandIn(PAGES);
    const engine = createSearchEngine(() => Promise.resolve(standIn.index));
    for (const address of ['q=扬水站', 'q=郭家村+市残联'])
      await (await engine.run(readSearchState(new URLSearchParams(address)))).counts();
    expect(standIn.filtersLoaded).toBe(1);
  });

  test('several words cost one search per value their results can carry, not one per value in the index', async () => {
    const { standIn, outcome } = await run('q=西沟子+绿化');
    const before = standIn.calls.length;
    await outcome.counts();
    const valueSearches = standIn.calls.slice(before).filter((call) => Object.keys(call.filters).length > 0);
    // Both words occur on the bulletin (简报, 2015) and the village (村, 毕郭镇): four values, of nine.
    expect(valueSearches.map((call) => Object.values(call.filters)[0]).sort()).toEqual(
      ['2015', '村', '毕郭镇', '简报'].sort(),
    );
  });
});
