import { PUBLISHED_NUMBERS } from '../../config/allowlist.ts';
import { draftReviewProblems } from './draft-review.ts';
import { figureMismatchProblems } from './figure-mismatch.ts';
import { nameTypoProblems } from './name-typos.ts';
import { overdueItemProblems } from './overdue-items.ts';
import { personalDataProblems } from './personal-data.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

/**
 * What is valid but suspicious: the build and `npm run check` print these and go on. Each rule is
 * exported from its own file for its own test.
 */
export function warningProblems(
  entries: readonly CheckedEntry[],
  publishedNumbers: readonly string[] = PUBLISHED_NUMBERS,
): Problem[] {
  return [
    ...overdueItemProblems(entries),
    ...figureMismatchProblems(entries),
    ...nameTypoProblems(entries),
    ...personalDataProblems(entries, new Set(publishedNumbers)),
    ...draftReviewProblems(entries),
  ];
}
