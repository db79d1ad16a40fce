import type { PagefindApi } from './engine.ts';

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
  reason: 'unreachable' | 'version';
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
  /** The parsed `pagefind-entry.json` at `url`, or undefined when it cannot be fetched or read. */
  readEntry(url: string): Promise<{ version?: unknown } | undefined>;
  /** The `pagefind.js` module at `url`. */
  importPagefind(url: string): Promise<PagefindModule>;
  /** The portal's own origin, e.g. `http://127.0.0.1:4321`. */
  origin: string;
}

export interface Federation {
  pagefind: PagefindApi;
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

/**
 * One Pagefind search over every member that can answer, through Pagefind's own `mergeIndex`
 * with `mergeFilter` setting `county` to the member's name.
 *
 * Pagefind adds a merged index to its list before loading it, so one index that fails to load
 * makes every later search reject, the healthy ones included. So each member's
 * `pagefind-entry.json` is read first and a member that is unreachable or built with another
 * Pagefind version than `version` is left out; a member that still fails while merging is left
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
  const entries = await Promise.all(
    members.map((member) =>
      withTimeout(env.readEntry(`${bundleOf(member)}pagefind-entry.json`), timeoutMs).catch(() => undefined),
    ),
  );
  let healthy = members.filter((member, i) => {
    const entry = entries[i];
    if (!entry) leftOut.push({ name: member.name, reason: 'unreachable' });
    else if (entry.version !== version)
      leftOut.push({ name: member.name, reason: 'version', found: String(entry.version) });
    else return true;
    return false;
  });

  while (healthy.length > 0) {
    const [primary, ...rest] = healthy as [FederatedMember, ...FederatedMember[]];
    const indexOptions = (member: FederatedMember) => ({
      ...options,
      baseUrl: baseUrlOf(member, env.origin),
    });
    let instance: PagefindInstance;
    try {
      const module = await withTimeout(env.importPagefind(`${bundleOf(primary)}pagefind.js`), timeoutMs);
      instance = module.createInstance({ ...indexOptions(primary), basePath: bundleOf(primary) });
      // Setting a filter waits for the primary index to load, and rejects when it cannot.
      await withTimeout(instance.options({ mergeFilter: { county: primary.name } }), timeoutMs);
    } catch {
      leftOut.push({ name: primary.name, reason: 'unreachable' });
      healthy = rest;
      continue;
    }
    const merged = await Promise.allSettled(
      rest.map((member) =>
        withTimeout(
          instance.mergeIndex(bundleOf(member), {
            ...indexOptions(member),
            mergeFilter: { county: member.name },
          }),
          timeoutMs,
        ),
      ),
    );
    const failed = rest.filter((_, i) => merged[i]?.status === 'rejected');
    if (failed.length === 0) {
      const names = members.map((member) => member.name);
      const searched = new Set(healthy.map((member) => member.name));
      const order = (a: LeftOut, b: LeftOut) => names.indexOf(a.name) - names.indexOf(b.name);
      return {
        pagefind: instance,
        searched: names.filter((n) => searched.has(n)),
        leftOut: leftOut.sort(order),
      };
    }
    leftOut.push(...failed.map((member) => ({ name: member.name, reason: 'unreachable' as const })));
    await instance.destroy().catch(() => undefined);
    healthy = healthy.filter((member) => !failed.includes(member));
  }
  throw new NoMemberSearchable(leftOut);
}

/** Every member was left out. */
export class NoMemberSearchable extends Error {
  constructor(readonly leftOut: LeftOut[]) {
    super(`no member searchable: ${leftOut.map((m) => m.name).join(', ')}`);
  }
}
