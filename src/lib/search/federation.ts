import { MAIN_THREAD, type PagefindApi, type SearchIndex } from './engine.ts';
import { datesLoader } from './dates.ts';
import { INDEX_LANGUAGE } from './grams.ts';
import { LAYOUT_FILE, type ShardLayout } from './shards.ts';

/** A member archive of a portal, as its search page knows it. */
export interface FederatedMember {
  /** The 县市区 name, also the value of the `county` filter on its pages. */
  name: string;
  /** Where the member is published, ending in `/`: `/zhaoyuan/` or `https://…/zhaoyuan/`. */
  url: string;
}

/** A member left out of the merged search, and why. */
export interface LeftOut {
  name: string;
  /** `terms`: its index was built by an archive from before trigram terms (`grams.ts`), which these queries would miss. */
  reason: 'unreachable' | 'version' | 'terms';
  /** The Pagefind version the member's index was built with, when it is another one. */
  found?: string;
}

/** What `pagefind.js` offers for several indexes in one page (Pagefind ≥ 1.4). */
export interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindInstance;
}

export interface PagefindInstance extends PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  mergeIndex(bundlePath: string, options: Record<string, unknown>): Promise<void>;
  destroy(): Promise<void>;
}

/** How the portal reaches its members: in the browser `fetch` and `import()`, in tests stand-ins. */
export interface FederationEnv {
  /** The parsed JSON at `url` (a member's `pagefind-entry.json`, shard list, dates), or undefined when it cannot be read. */
  readJson(url: string): Promise<unknown>;
  /** The `pagefind.js` module at `url`. */
  importPagefind(url: string): Promise<PagefindModule>;
  /** The portal's own origin, e.g. `http://127.0.0.1:4321`. */
  origin: string;
}

export interface Federation {
  /** Pagefind over every bundle of every member searched, and their pages' dates. */
  index: SearchIndex;
  /** Members searched, in the order given. */
  searched: string[];
  leftOut: LeftOut[];
}

/** A member's Pagefind bundle folder. */
export const bundleOf = (member: FederatedMember) => `${member.url.replace(/\/?$/, '/')}pagefind/`;

/**
 * The prefix of result addresses: none for a member on the portal's origin (its indexed URLs are
 * site paths), the member's origin for one published elsewhere.
 */
function baseUrlOf(member: FederatedMember, origin: string): string {
  const url = new URL(member.url, `${origin}/`);
  return url.origin === origin ? '/' : `${url.origin}/`;
}

/** Rejects after `ms`, so a member that never answers cannot hold up the others. */
function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms)),
  ]);
}

/** A member's bundles: its one `pagefind/`, or every shard of a member whose index is cut into shards. */
async function bundlesOf(member: FederatedMember, env: FederationEnv, timeoutMs: number): Promise<string[]> {
  const root = member.url.replace(/\/?$/, '/');
  const layout = (await withTimeout(env.readJson(`${bundleOf(member)}${LAYOUT_FILE}`), timeoutMs).catch(
    () => undefined,
  )) as ShardLayout | undefined;
  return layout?.shards.length ? layout.shards.map((shard) => `${root}${shard}`) : [bundleOf(member)];
}

/**
 * One Pagefind search over every member that can answer, through Pagefind's own `mergeIndex`
 * with `mergeFilter` setting `county` to the member's name (every shard of a member cut into
 * shards: the portal has no router over all its members).
 *
 * Pagefind adds a merged index to its list before loading it, so one index that fails to load
 * makes every later search reject, the healthy ones included. So each member's
 * `pagefind-entry.json` is read first and a member that is unreachable or built with another
 * Pagefind version than `version`, or whose index has other terms than the portal's queries, is left
 * out; a member that still fails while merging is left
 * out too and the merge is made again without it.
 */
export async function federate(
  members: readonly FederatedMember[],
  version: string,
  options: Record<string, unknown>,
  env: FederationEnv,
  timeoutMs = 15_000,
): Promise<Federation> {
  const leftOut: LeftOut[] = [];
  const entries = (await Promise.all(
    members.map((member) =>
      withTimeout(env.readJson(`${bundleOf(member)}pagefind-entry.json`), timeoutMs).catch(() => undefined),
    ),
  )) as ({ version?: unknown; languages?: Record<string, unknown> } | undefined)[];
  const healthyMembers = members.filter((member, i) => {
    const entry = entries[i];
    if (!entry) leftOut.push({ name: member.name, reason: 'unreachable' });
    else if (entry.version !== version)
      leftOut.push({ name: member.name, reason: 'version', found: String(entry.version) });
    else if (!entry.languages?.[INDEX_LANGUAGE]) leftOut.push({ name: member.name, reason: 'terms' });
    else return true;
    return false;
  });
  const shards = await Promise.all(healthyMembers.map((member) => bundlesOf(member, env, timeoutMs)));
  let healthy = healthyMembers.flatMap((member, i) => shards[i]!.map((bundle) => ({ member, bundle })));
  const drop = (names: ReadonlySet<string>) => {
    leftOut.push(...[...names].map((name) => ({ name, reason: 'unreachable' as const })));
    healthy = healthy.filter(({ member }) => !names.has(member.name));
  };

  while (healthy.length > 0) {
    const [primary, ...rest] = healthy as [(typeof healthy)[number], ...typeof healthy];
    const indexOptions = (member: FederatedMember) => ({
      ...options,
      baseUrl: baseUrlOf(member, env.origin),
      mergeFilter: { county: member.name },
    });
    let instance: PagefindInstance;
    try {
      const module = await withTimeout(env.importPagefind(`${primary.bundle}pagefind.js`), timeoutMs);
      const { mergeFilter, ...primaryOptions } = indexOptions(primary.member);
      instance = module.createInstance({ ...primaryOptions, ...MAIN_THREAD, basePath: primary.bundle });
      // Setting a filter waits for the primary index to load, and rejects when it cannot.
      await withTimeout(instance.options({ mergeFilter }), timeoutMs);
    } catch {
      drop(new Set([primary.member.name]));
      continue;
    }
    const merged = await Promise.allSettled(
      rest.map(({ member, bundle }) =>
        withTimeout(instance.mergeIndex(bundle, indexOptions(member)), timeoutMs),
      ),
    );
    const failed = new Set(rest.filter((_, i) => merged[i]?.status === 'rejected').map((b) => b.member.name));
    if (failed.size === 0) {
      const names = members.map((member) => member.name);
      const searched = new Set(healthy.map(({ member }) => member.name));
      const order = (a: LeftOut, b: LeftOut) => names.indexOf(a.name) - names.indexOf(b.name);
      const bundles = healthy.map(({ bundle }) => bundle);
      return {
        index: { pagefind: instance, dates: datesLoader(bundles, (url) => env.readJson(url)) },
        searched: names.filter((n) => searched.has(n)),
        leftOut: leftOut.sort(order),
      };
    }
    await instance.destroy().catch(() => undefined);
    drop(failed);
  }
  throw new NoMemberSearchable(leftOut);
}

/** Every member was left out. */
export class NoMemberSearchable extends Error {
  constructor(readonly leftOut: LeftOut[]) {
    super(`no member searchable: ${leftOut.map((m) => m.name).join(', ')}`);
  }
}
