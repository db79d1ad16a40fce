import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The project root, wherever the tests are run from. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Where test builds go; ignored by git. */
export const TEST_OUT = path.join(ROOT, 'tests/.out');
