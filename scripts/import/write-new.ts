import fs from 'node:fs';
import path from 'node:path';

const pending = new Set<string>();
const removePending = () => pending.forEach((file) => fs.rmSync(file, { force: true }));
process.on('exit', removePending);
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    removePending();
    process.exit(130);
  });
}

/**
 * Writes a file that must not exist yet, all at once: the bytes go to a hidden temporary file in
 * the same folder (never read as content: not `.md`/`.mdx`), which is then linked into place, so
 * the target is either absent or whole, and an existing file is never replaced. False when the
 * target exists.
 */
export function writeNew(target: string, content: string | Uint8Array): boolean {
  const temporary = path.join(path.dirname(target), `.import-${process.pid}-${path.basename(target)}.tmp`);
  pending.add(temporary);
  try {
    fs.writeFileSync(temporary, content, { flag: 'wx' });
    try {
      fs.linkSync(temporary, target);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EEXIST') return false;
      // A file system without hard links (some USB drives): rename, having checked first.
      if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw error;
      if (fs.existsSync(target)) return false;
      fs.renameSync(temporary, target);
    }
    return true;
  } finally {
    fs.rmSync(temporary, { force: true });
    pending.delete(temporary);
  }
}
