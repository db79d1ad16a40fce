import { describe, expect, test } from 'vitest';
import {
  addShard,
  routerChunks,
  routeWords,
  shardPlanner,
  DOCUMENT_SHARD_FACTOR,
  TOWN_SHARE,
  textGrams,
  wordGrams,
  type ShardLayout,
} from '../../../src/lib/search/shards.ts';

/** Three shards' indexed text, as Pagefind's fragments hold it. */
const SHARDS = [
  '市残联筹资，为郭家村建成扬水站。2015年7月',
  '西沟子村 市住建局 绿化 135万元',
  '郭 家 庄 修路；扬水 工程',
];

function router() {
  const masks = new Map<string, bigint>();
  SHARDS.forEach((text, shard) => addShard(masks, shard, textGrams(text)));
  const chunks = routerChunks(masks);
  const layout: ShardLayout = { shards: SHARDS.map((_, i) => `pagefind-${i}/`), routerChunks: chunks.length };
  const reads: number[] = [];
  const route = (...words: string[]) =>
    routeWords(words, layout, (chunk) => {
      reads.push(chunk);
      return Promise.resolve(chunks[chunk]!);
    });
  return { route, reads };
}

describe('routing a query to the shards that can hold it', () => {
  test('a word goes to the shards holding its characters side by side, not merely somewhere', async () => {
    const { route } = router();
    expect(await route('扬水站')).toEqual([0]);
    expect(await route('郭家村')).toEqual([0]);
    expect(await route('郭家')).toEqual([0, 2]);
    expect(await route('西沟子村')).toEqual([1]);
  });

  test('spacing and punctuation between characters do not hide a word Pagefind would match', async () => {
    const { route } = router();
    // The third shard's text is spaced, as every page is when Pagefind indexes it.
    expect(await route('郭家庄')).toEqual([2]);
    expect(await route('修路扬水')).toEqual([2]);
  });

  test('several words go only where all of them can be; a word found nowhere goes nowhere', async () => {
    const { route } = router();
    expect(await route('郭家', '扬水站')).toEqual([0]);
    expect(await route('郭家村', '绿化')).toEqual([]);
    expect(await route('刘德华')).toEqual([]);
  });

  test('a word without Han characters (a number, pinyin) leaves every shard in; in a mixed word its Han part counts', async () => {
    const { route } = router();
    expect(await route('2015')).toEqual([0, 1, 2]);
    expect(await route('xigouzi')).toEqual([0, 1, 2]);
    expect(await route('135万元')).toEqual([1]);
  });

  test('each router chunk is read once per query', async () => {
    const { route, reads } = router();
    await route('扬水站', '扬水站工程', '扬水');
    expect(reads.length).toBe(new Set(reads).size);
  });
});

describe('the n-grams of a word', () => {
  test('short words are looked up whole, longer ones by their overlapping 3-grams', () => {
    expect(wordGrams('村')).toEqual(['村']);
    expect(wordGrams('扬水站')).toEqual(['扬水站']);
    expect(wordGrams('测试甲乙丙村')).toEqual(['测试甲', '试甲乙', '甲乙丙', '乙丙村']);
    expect(wordGrams('xigouzi')).toEqual([]);
  });

  test('every n-gram of a word in a text is among the text’s own', () => {
    const text = '后进村帮扶工作简报：市残联驻郭家村工作队';
    const grams = textGrams(text);
    for (const word of ['帮扶工作', '郭家村工作队', '后', '简报'])
      for (const gram of wordGrams(word)) expect(grams).toContain(gram);
  });
});

describe('which shard a page goes to', () => {
  test('pages of one town stay together; bulletins and cases of no single town fill shards of their own', () => {
    const plan = shardPlanner(100, 10);
    const perDocumentShard = 10 * DOCUMENT_SHARD_FACTOR;
    const bulletin = { towns: [], type: '简报' };
    const bulletins = Array.from({ length: 2 * perDocumentShard + 5 }, () => plan.shardOf(bulletin));
    const village = plan.shardOf({ towns: ['毕郭镇'], type: '村' });
    const items = [
      plan.shardOf({ towns: ['毕郭镇'], type: '帮扶事项' }),
      plan.shardOf({ towns: ['毕郭镇'], type: '帮扶事项' }),
    ];
    const caseOfTwoTowns = plan.shardOf({ towns: ['毕郭镇', '蚕庄镇'], type: '典型案例' });
    expect(new Set(bulletins.slice(0, perDocumentShard))).toEqual(new Set([0]));
    expect([...new Set(bulletins)]).toEqual([0, 1, 2]);
    expect(items).toEqual([village, village]);
    expect(bulletins).not.toContain(village);
    expect(caseOfTwoTowns).toBe(2);
  });

  test('a village of no stated town keeps its team and items together, away from the bulletins', () => {
    const plan = shardPlanner(100, 10);
    const bulletin = plan.shardOf({ towns: [], type: '简报' });
    const village = plan.shardOf({ towns: [], type: '村' });
    expect(plan.shardOf({ towns: [], type: '工作队' })).toBe(village);
    expect(plan.shardOf({ towns: [], type: '帮扶事项' })).toBe(village);
    expect(village).not.toBe(bulletin);
  });

  test('town shards hold about half a shard of pages each', () => {
    const plan = shardPlanner(1000, 100);
    const shards = new Set(
      Array.from({ length: 200 }, (_, i) => plan.shardOf({ towns: [`镇${i}`], type: '村' })),
    );
    expect(shards.size).toBe(1000 / (100 / TOWN_SHARE));
  });

  test('an archive that fits in one shard is one bundle', () => {
    const plan = shardPlanner(10, 10);
    expect(plan.sharded).toBe(false);
    expect([
      plan.shardOf({ towns: [], type: '简报' }),
      plan.shardOf({ towns: ['毕郭镇'], type: '村' }),
    ]).toEqual([0, 0]);
  });
});
