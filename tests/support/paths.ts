import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, wherever the tests are run from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where test builds go; ignored by git. */
export const TEST_OUT = path.join(ROOT, 'tests/.out');
/**
 * Issue 2 as transcribed, frozen: every test that asserts what the bundled archive says reads this folder,
 * never `src/content`, so editors' content changes can never turn a test red.
 */
export const ISSUE2_FIXTURE = path.join(ROOT, 'tests/fixtures/issue2');
