import { describe, expect, test } from 'vitest';
import {
  federate,
  NoMemberSearchable,
  type FederationEnv,
  type PagefindInstance,
} from '../../../src/lib/search/federation.ts';

const ORIGIN = 'http://127.0.0.1:4321';

/**
 * A stand-in for pagefind.js that behaves as Pagefind 1.6 does when an index cannot be loaded: the
 * primary's filter setting rejects, a merged index's mergeIndex rejects, and the broken index stays in
 * the instance, so every later search rejects.
 */
function standIn(broken: ReadonlySet<string>) {
  const created: { basePath: string; merged: { bundle: string; options: Record<string, unknown> }[] }[] = [];
  const env: FederationEnv = {
    origin: ORIGIN,
    readJson: (url) =>
      Promise.resolve(
        url === '/shi/pagefind/archive-shards.json'
          ? { shards: ['pagefind/', 'pagefind-1/'], routerChunks: 1 }
          : url.includes('/gone/') || !url.endsWith('pagefind-entry.json')
            ? undefined
            : {
                version: url.includes('/older/') ? '1.3.0' : '1.6.0',
                // An archive from before trigram terms indexed in its page language.
                languages: url.includes('/chars/') ? { 'zh-cn': {} } : { zxx: {} },
              },
      ),
    importPagefind: () =>
      Promise.resolve({
        createInstance(options) {
          const record = {
            basePath: String(options['basePath']),
            merged: [] as (typeof created)[number]['merged'],
          };
          created.push(record);
          let poisoned = broken.has(record.basePath);
          const instance: PagefindInstance = {
            options: () =>
              poisoned ? Promise.reject(new Error('Failed to load Pagefind metadata')) : Promise.resolve(),
            mergeIndex: (bundle, mergeOptions) => {
              record.merged.push({ bundle, options: mergeOptions });
              if (!broken.has(bundle)) return Promise.resolve();
              poisoned = true;
              return Promise.reject(new Error('Failed to load Pagefind metadata'));
            },
            search: () =>
              poisoned
                ? Promise.reject(new Error('poisoned'))
                : Promise.resolve({ results: [], filters: {} }),
            filters: () => Promise.resolve({}),
            destroy: () => Promise.resolve(),
          };
          return instance;
        },
      }),
  };
  return { env, created };
}

const members = [
  { name: '招远市', url: '/zhaoyuan/' },
  { name: '测试县', url: '/ceshi/' },
  { name: '远方县', url: 'https://yuanfang.example.gov.cn/' },
];

describe('a portal search over member archives', () => {
  test('merges every healthy member with its name as the 县市区 filter, remote results under their own origin', async () => {
    const { env, created } = standIn(new Set());
    const federation = await federate(members, '1.6.0', {}, env);
    expect(federation.searched).toEqual(['招远市', '测试县', '远方县']);
    expect(federation.leftOut).toEqual([]);
    expect(created).toHaveLength(1);
    expect(created[0]?.basePath).toBe('/zhaoyuan/pagefind/');
    expect(
      created[0]?.merged.map(({ bundle, options }) => [bundle, options['mergeFilter'], options['baseUrl']]),
    ).toEqual([
      ['/ceshi/pagefind/', { county: '测试县' }, '/'],
      ['https://yuanfang.example.gov.cn/pagefind/', { county: '远方县' }, 'https://yuanfang.example.gov.cn/'],
    ]);
  });

  test('a member whose index is cut into shards is searched in every shard, each under its name', async () => {
    const { env, created } = standIn(new Set());
    await federate([members[0]!, { name: '测试市', url: '/shi/' }], '1.6.0', {}, env);
    expect(created[0]?.merged.map(({ bundle, options }) => [bundle, options['mergeFilter']])).toEqual([
      ['/shi/pagefind/', { county: '测试市' }],
      ['/shi/pagefind-1/', { county: '测试市' }],
    ]);
  });

  test('a member without an entry file, on another Pagefind version or with other index terms is left out, named, before merging', async () => {
    const { env, created } = standIn(new Set());
    const federation = await federate(
      [
        { name: '消失县', url: '/gone/' },
        ...members.slice(0, 1),
        { name: '旧版县', url: '/older/' },
        { name: '单字县', url: '/chars/' },
      ],
      '1.6.0',
      {},
      env,
    );
    expect(federation.searched).toEqual(['招远市']);
    expect(federation.leftOut).toEqual([
      { name: '消失县', reason: 'unreachable' },
      { name: '旧版县', reason: 'version', found: '1.3.0' },
      { name: '单字县', reason: 'terms' },
    ]);
    expect(created[0]?.merged).toEqual([]);
  });

  test('a member whose index fails while merging is left out and the others still answer', async () => {
    const { env, created } = standIn(new Set(['/ceshi/pagefind/']));
    const federation = await federate(members, '1.6.0', {}, env);
    expect(federation.leftOut).toEqual([{ name: '测试县', reason: 'unreachable' }]);
    expect(federation.searched).toEqual(['招远市', '远方县']);
    expect(created).toHaveLength(2);
    await expect(federation.index.pagefind.search('"扬 水 站"')).resolves.toEqual({
      results: [],
      filters: {},
    });
  });

  test('a primary whose index fails hands over to the next member', async () => {
    const { env } = standIn(new Set(['/zhaoyuan/pagefind/']));
    const federation = await federate(members, '1.6.0', {}, env);
    expect(federation.leftOut).toEqual([{ name: '招远市', reason: 'unreachable' }]);
    expect(federation.searched).toEqual(['测试县', '远方县']);
  });

  test('when no member can answer, every one is named', async () => {
    const { env } = standIn(new Set());
    const failure = await federate([{ name: '消失县', url: '/gone/' }], '1.6.0', {}, env).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(NoMemberSearchable);
    expect((failure as NoMemberSearchable).leftOut).toEqual([{ name: '消失县', reason: 'unreachable' }]);
  });
});
