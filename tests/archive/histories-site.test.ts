import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildSite, type BuildResult } from '../support/build.ts';
import { ROUNDS_FIXTURE } from '../charts/fixture-archive.ts';

let build: BuildResult;
const read = (file: string) => fs.readFileSync(path.join(build.outDir, file), 'utf8');
/** Visible text without tags or white space. */
const textOf = (html: string) =>
  html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, '');
const csv = (file: string) => parse<Record<string, string>>(read(file), { bom: true, columns: true });

beforeAll(() => {
  build = buildSite('histories-rounds', { contentDir: ROUNDS_FIXTURE });
});

describe('team states and a village’s place on the list over several rounds, built', () => {
  test('builds', () => {
    expect(build.ok, build.output).toBe(true);
  });

  test('a team page shows the current first secretary and keeps the one before in the timeline', () => {
    const text = textOf(read('teams/dui-jia/index.html'));
    expect(text).toContain('第一书记测试人员丑');
    expect(text).toContain('第一书记：测试人员丑（2030年2月起）截至2030年第3期');
    expect(text).toContain('2030年第1期（2030年1月10日）：测试人员子');
  });

  test('a team that docks later is shown docked, with its earlier report still visible', () => {
    const text = textOf(read('teams/dui-yi/index.html'));
    expect(text).toContain('对接到位：是（2030年1月25日）截至2030年第2期');
    expect(text).toContain('2030年第1期（2030年1月10日）：否');
    expect(textOf(read('units/danwei-yi/index.html'))).toContain('对接到位：是（2030年1月25日）');
    expect(textOf(read('units/index.html'))).toContain('测试单位乙测试村乙是');
  });

  test('a village that exits the list shows it, with the report that listed it', () => {
    const text = textOf(read('villages/cun-bing/index.html'));
    expect(text).toContain('名单情况已出列（2030年3月）');
    expect(text).toContain('2030年第1期（2030年1月10日）：列为后进村');
    expect(text).toContain('2030年第4期（2030年4月10日）：已出列（2030年3月）');
  });

  test('a bulletin page lists the states it reports', () => {
    expect(textOf(read('bulletins/2030-02/index.html'))).toContain(
      '对接到位：是（2030年1月25日）（1）：测试单位乙',
    );
    expect(textOf(read('bulletins/2030-04/index.html'))).toContain(
      '后进村名单：已出列（2030年3月）（1）：测试村丙',
    );
  });

  test('the downloads hold every report, the earlier ones beside the later', () => {
    const states = csv('data/states.csv');
    expect(states.filter((r) => r['工作队编号'] === 'dui-jia' && r['报告事项'] === '第一书记')).toHaveLength(
      2,
    );
    expect(states.filter((r) => r['后进村'] === '测试村丙' && r['对象'] === '后进村')).toHaveLength(2);
    expect(csv('data/item-reports.csv').filter((r) => r['事项编号'] === 'jia-road')).toHaveLength(3);
    expect((JSON.parse(read('data/states.json')) as unknown[]).length).toBe(states.length);
  });

  test('nothing a draft bulletin reports reaches a page or a download', () => {
    const files = (fs.readdirSync(build.outDir, { recursive: true }) as string[]).filter((f) =>
      /\.(html|csv|json)$/.test(f),
    );
    const leaks = files.filter((f) => {
      const text = read(f);
      return (
        text.includes('测试人员卯') ||
        text.includes('2030年第5期') ||
        text.includes('测试单位戊工作队已对接到位')
      );
    });
    expect(leaks).toEqual([]);
    expect(textOf(read('villages/cun-jia/index.html'))).toContain('名单情况列为后进村');
    expect(textOf(read('teams/dui-wu/index.html'))).toContain('简报没有报告此工作队的情况。');
  });
});
