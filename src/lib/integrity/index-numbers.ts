import { INDEX_NUMBER } from '../../schemas/site.ts';
import type { Problem } from './problem.ts';
import type { CheckedEntry } from './rules.ts';

interface Disclosed {
  date: string;
  indexNumber?: string;
}

/**
 * A bulletin's 索引号 is unique across bulletins, starts with the office's code where the site
 * configuration gives one, and carries the bulletin's own year (a differing year is only suspicious).
 */
export function indexNumberProblems(entries: CheckedEntry[], officeCode?: string): Problem[] {
  const seen = new Map<string, CheckedEntry>();
  const problems: Problem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'bulletins')) {
    const { date, indexNumber } = entry.parsed as unknown as Disclosed;
    if (indexNumber === undefined) continue;
    const at = { file: entry.file, line: entry.lineOf(['indexNumber']), field: 'indexNumber' };
    const first = seen.get(indexNumber);
    if (first) {
      problems.push({
        ...at,
        severity: 'error',
        message: `索引号重复：“${indexNumber}”已由 ${first.file} 使用，每期简报的索引号必须不同`,
      });
    } else seen.set(indexNumber, entry);
    const [, code, year] = INDEX_NUMBER.exec(indexNumber) ?? [];
    if (officeCode !== undefined && code !== officeCode) {
      problems.push({
        ...at,
        severity: 'error',
        message: `索引号“${indexNumber}”应以本单位代码“${officeCode}/”开头（见网站配置 site.yaml 的 officeCode）`,
      });
    }
    if (year !== undefined && year !== date.slice(0, 4)) {
      problems.push({
        ...at,
        severity: 'warning',
        message: `索引号的年份 ${year} 与本期印发日期 ${date} 的年份不同，请核对`,
      });
    }
  }
  return problems;
}
