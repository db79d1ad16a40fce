import type { Ref } from '../schemas/common.ts';

/** The part of a content entry the pure functions need. */
export interface Entry<D> {
  id: string;
  data: D;
}

interface BulletinLike {
  draft: boolean;
}

/**
 * Removes from an entry's data every report tied to an unpublished bulletin: list items whose
 * `bulletin` is hidden are dropped, single fields tied to one are cleared.
 */
export function withoutHiddenReports<T>(value: T, hidden: ReadonlySet<string>): T {
  const isHidden = (v: unknown) =>
    typeof v === 'object' &&
    v !== null &&
    'bulletin' in v &&
    hidden.has((v as { bulletin: Ref }).bulletin.id);
  if (Array.isArray(value)) {
    const kept: unknown[] = value.filter((v) => !isHidden(v));
    return kept.map((v) => withoutHiddenReports(v, hidden)) as T;
  }
  if (typeof value === 'object' && value !== null && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) {
      if (isHidden(v)) continue;
      out[key] = withoutHiddenReports(v, hidden);
    }
    return out as T;
  }
  return value;
}

/** Ids of the bulletins that must not appear: those marked draft. */
export function draftBulletinIds(bulletins: readonly Entry<BulletinLike>[]): Set<string> {
  return new Set(bulletins.filter((b) => b.data.draft).map((b) => b.id));
}
