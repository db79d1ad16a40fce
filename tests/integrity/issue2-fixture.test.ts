import { expect, test } from 'vitest';
import { validateArchive } from '../../src/lib/integrity/validate.ts';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { ISSUE2_FIXTURE, ROOT } from '../support/paths.ts';

const { entries, problems } = validateArchive(ISSUE2_FIXTURE, ROOT);
const count = (collection: string) => entries.filter((e) => e.collection === collection).length;
const names = (collection: string) =>
  entries.filter((e) => e.collection === collection).map((e) => (e.parsed as { name: string }).name);

test('the issue-2 fixture passes every rule', () => {
  expect(problems.filter((p) => p.severity === 'error').map(formatProblem)).toEqual([]);
});

test('it holds every entity the issue 2 bulletin names', () => {
  expect(count('bulletins')).toBe(1);
  expect(names('towns').sort()).toEqual(
    ['夏甸镇', '毕郭镇', '温泉街道', '玲珑镇', '辛庄镇', '齐山镇'].sort(),
  );
  expect(count('units')).toBe(33);
  expect(names('units')).toEqual(
    expect.arrayContaining(['市住建局', '市残联', '平安财险', '平安人寿', '市公积金管理中心']),
  );
  expect(names('villages').sort()).toEqual(
    ['西沟子村', '前仓村', '冯家村', '侯家村', '后路家村', '王家村', '小宋家村', '郭家村'].sort(),
  );
  expect(count('teams')).toBe(33);
  expect(count('items')).toBeGreaterThanOrEqual(15);
  expect(count('cases')).toBeGreaterThanOrEqual(4);
});

test('nothing is invented: villages whose town the source does not give have none', () => {
  const villages = entries.filter((e) => e.collection === 'villages');
  const withTown = villages
    .filter((v) => (v.parsed as { town?: unknown }).town)
    .map((v) => v.id)
    .sort();
  expect(withTown).toEqual(['qiancang', 'xigouzi']);
});
