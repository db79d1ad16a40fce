import fs from 'node:fs';
import path from 'node:path';
import { expect, test } from 'vitest';
import { indexNumberProblems } from '../../src/lib/integrity/index-numbers.ts';
import { formatProblem } from '../../src/lib/integrity/problem.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import type { CheckedEntry } from '../../src/lib/integrity/rules.ts';
import { readSiteConfig } from '../../src/lib/integrity/site-config.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';
import { TEST_OUT } from '../support/paths.ts';

/** Mocked bulletins go through the real reader and schema. */
function bulletin(id: string, date: string, extra: string): CheckedEntry {
  const file = `bulletins/${id}.mdx`;
  const raw = parseEntry(
    'bulletins',
    file,
    `---\nissue: 1\ndate: ${date}\nissuer: 市帮扶办\ntitle: 通报\n${extra}---\n\n正文。\n`,
  ).entry;
  const checked = raw && checkEntry(raw).entry;
  if (!checked) throw new Error(`fixture ${file} does not pass its schema`);
  return checked;
}

function siteFolder(name: string, yaml: string | undefined): string {
  const dir = path.join(TEST_OUT, 'site-config', name);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  if (yaml !== undefined) fs.writeFileSync(path.join(dir, 'site.yaml'), yaml);
  return dir;
}

test('two bulletins with one 索引号 are refused at the second, naming the first', () => {
  const problems = indexNumberProblems([
    bulletin('2015-02', '2015-07-03', 'indexNumber: TEST0000/2015-00002\n'),
    bulletin('2015-03', '2015-08-01', 'indexNumber: TEST0000/2015-00002\n'),
  ]).map(formatProblem);
  expect(problems).toEqual([
    'bulletins/2015-03.mdx:6  indexNumber  错误：索引号重复：“TEST0000/2015-00002”已由 bulletins/2015-02.mdx 使用，每期简报的索引号必须不同',
  ]);
});

test('a 索引号 under another office code than the configured one is refused; a year other than the bulletin’s is a warning', () => {
  const problems = indexNumberProblems(
    [
      bulletin('2015-02', '2015-07-03', 'indexNumber: OTHER000/2015-00002\n'),
      bulletin('2015-03', '2015-08-01', 'indexNumber: TEST0000/2016-00003\n'),
    ],
    'TEST0000',
  ).map(formatProblem);
  expect(problems).toEqual([
    'bulletins/2015-02.mdx:6  indexNumber  错误：索引号“OTHER000/2015-00002”应以本单位代码“TEST0000/”开头（见网站配置 site.yaml 的 officeCode）',
    'bulletins/2015-03.mdx:6  indexNumber  警告：索引号的年份 2016 与本期印发日期 2015-08-01 的年份不同，请核对',
  ]);
});

test('a bulletin records its 文号 as typed and needs neither number', () => {
  const entry = bulletin('2015-02', '2015-07-03', 'docNumber: 测试〔2015〕2号\n');
  expect(entry.parsed['docNumber']).toBe('测试〔2015〕2号');
  expect(entry.parsed['indexNumber']).toBeUndefined();
  expect(indexNumberProblems([bulletin('2015-04', '2015-07-03', '')])).toEqual([]);
});

test('a content folder without site.yaml gets the site name, 主动公开 and no identifier', () => {
  const { config, problems } = readSiteConfig(siteFolder('none', undefined));
  expect(problems).toEqual([]);
  expect(config).toMatchObject({
    name: '招远市后进村帮扶工作简报档案',
    disclosure: 'proactive',
    contact: {},
  });
  expect(config?.siteIdCode ?? config?.icp ?? config?.publicSecurity ?? config?.organizer).toBeUndefined();
});

test('identifiers left blank in site.yaml are not set, and a mistyped field is named with its line', () => {
  const blank = readSiteConfig(siteFolder('blank', "siteIdCode:\nicp: ''\ncontact:\n  phone:\n"));
  expect(blank.problems).toEqual([]);
  expect(blank.config?.siteIdCode).toBeUndefined();
  expect(blank.config?.icp).toBeUndefined();
  expect(blank.config?.contact.phone).toBeUndefined();
  expect(readSiteConfig(siteFolder('unquoted', 'siteIdCode: 1234567890\n')).config?.siteIdCode).toBe(
    '1234567890',
  );

  const dir = siteFolder(
    'broken',
    'name: 测试站点\ndisclosure: 主动公开\npublicSecurity: 测公网安备123号\nicpNumber: x\n',
  );
  const shown = readSiteConfig(dir, dir).problems.map(formatProblem);
  expect(shown).toEqual([
    'site.yaml:2  disclosure  错误：只能是以下之一：proactive、onRequest；实际是“主动公开”',
    'site.yaml:3  publicSecurity  错误：应写作“省份简称 + 公网安备 + 14 位数字 + 号”，如“鲁公网安备12345678901234号”；未备案时留空',
    'site.yaml:4  （整个文件）  错误：不认识的字段：icpNumber（请检查拼写，字段名区分大小写）',
  ]);
});
