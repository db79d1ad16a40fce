import fs from 'node:fs';
import path from 'node:path';
import { writeNew } from './write-new.ts';

/** A content file the import changes: its text as read (null for a new file) and as it is to be. */
export interface Change {
  file: string;
  before: string | null;
  after: string;
}

const temporaryOf = (file: string) =>
  path.join(path.dirname(file), `.import-${process.pid}-${path.basename(file)}.tmp`);

/**
 * Writes a new draft and the changes its proposals make to other entries as one step: every changed
 * file is first written whole beside its target (a failure there changes nothing), then the draft is
 * linked into place (false, and nothing changed, when it exists), then each change replaces its file
 * (a new one is linked, so an existing file is never replaced).
 * A file edited meanwhile, or a failure while replacing, puts every file back and removes the draft.
 */
export function writeTogether(target: string, draft: string, changes: readonly Change[]): boolean {
  const staged: string[] = [];
  const replaced: Change[] = [];
  try {
    for (const change of changes) {
      const temporary = temporaryOf(change.file);
      fs.writeFileSync(temporary, change.after, { flag: 'wx' });
      staged.push(temporary);
    }
    if (!writeNew(target, draft)) return false;
    try {
      for (const [index, change] of changes.entries()) {
        if (change.before === null) {
          // A new file is linked, never renamed over one that appeared meanwhile.
          fs.linkSync(staged[index]!, change.file);
        } else {
          if (fs.readFileSync(change.file, 'utf8') !== change.before)
            throw new Error(`${change.file} 在导入期间被改动，没有写入提议；请保存该文件后重新导入`);
          fs.renameSync(staged[index]!, change.file);
        }
        replaced.push(change);
      }
    } catch (error) {
      for (const change of replaced) {
        if (change.before === null) fs.rmSync(change.file, { force: true });
        else fs.writeFileSync(change.file, change.before);
      }
      fs.rmSync(target, { force: true });
      throw error;
    }
    return true;
  } finally {
    for (const temporary of staged) fs.rmSync(temporary, { force: true });
  }
}
