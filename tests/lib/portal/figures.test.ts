import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { readPortalConfig } from '../../../src/lib/portal/config.ts';
import { latestFigures, readFigureReports, sharedIndicators } from '../../../src/lib/portal/figures.ts';
import { memberLink } from '../../../src/lib/portal/members.ts';

const wide = [
  {
    bulletin: '2015-02',
    year: 2015,
    issue: 2,
    date: '2015-07-03',
    url: 'https://a.example/zy/bulletins/2015-02/',
    figures: { teamsTotal: 116, teamsDocked: 114, headsVisited: null },
  },
  {
    bulletin: '2015-05',
    year: 2015,
    issue: 5,
    date: '2015-09-01',
    url: 'https://a.example/zy/bulletins/2015-05/',
    figures: { teamsTotal: 116, teamsDocked: 116 },
  },
];

describe('a member’s figures read from its downloads', () => {
  test('each figure as last reported, with its change since the report before and the catalogue’s label', () => {
    const latest = latestFigures(readFigureReports(wide)!);
    expect(
      latest.map(({ indicator, label, value, issue, change }) => [
        indicator,
        label,
        value,
        issue,
        change?.delta,
        change?.since.issue,
      ]),
    ).toEqual([
      ['teamsTotal', '帮扶工作队', 116, '2015年第5期', 0, '2015年第2期'],
      ['teamsDocked', '对接到位的工作队', 116, '2015年第5期', 2, '2015年第2期'],
    ]);
  });

  test('one record per reported figure, with its own label and unit, reads the same way', () => {
    const long = [
      {
        indicator: 'fundsInvested',
        label: '投入资金',
        unit: '万元',
        value: 35.5,
        bulletin: { label: '2016年第1期', date: '2016-01-05', issue: 1 },
      },
    ];
    expect(latestFigures(readFigureReports(long)!)).toEqual([
      {
        indicator: 'fundsInvested',
        label: '投入资金',
        unit: '万元',
        value: 35.5,
        issue: '2016年第1期',
        date: '2016-01-05',
      },
    ]);
  });

  test.each([[{}], [[{ figures: {} }]], [[{ date: '2015-07-03', issue: 2, value: 'x', indicator: 'a' }]]])(
    'a file of another shape is not read: %j',
    (json) => expect(readFigureReports(json)).toBeUndefined(),
  );

  test('the comparison keeps the indicators every member reports', () => {
    const a = latestFigures(readFigureReports(wide)!);
    const b = a.filter((f) => f.indicator === 'teamsDocked');
    expect(sharedIndicators([a, b]).map((f) => f.indicator)).toEqual(['teamsDocked']);
  });

  test('a link into a member follows the member’s configured address, whatever SITE_URL it was built with', () => {
    expect(memberLink({ url: '/zy/' }, 'https://bangfu.example.org/zy/bulletins/2015-02/')).toBe(
      '/zy/bulletins/2015-02/',
    );
    expect(memberLink({ url: 'https://zy.example.gov.cn/zy/' }, 'https://bangfu.example.org/zy/x/#p2')).toBe(
      'https://zy.example.gov.cn/zy/x/#p2',
    );
  });
});

describe('a portal config', () => {
  const write = (json: string) => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'portal-config-')), 'portal.json');
    fs.writeFileSync(file, json);
    return file;
  };

  test('with mistakes names the file and each field, in Chinese', () => {
    const file = write(
      JSON.stringify({
        title: '',
        members: [
          { name: '甲县', url: 'zhaoyuan', dist: 'd' },
          { name: '甲县', url: '/b/', dist: 'e', colour: 1 },
        ],
      }),
    );
    expect(() => readPortalConfig(file)).toThrowError(
      [
        `${file}  title  不能为空`,
        `${file}  members[1].url  应为以 / 结尾的路径（/zhaoyuan/）或完整网址（https://…/）`,
        `${file}  members[2]  不认识的字段：colour（请检查拼写，字段名区分大小写）`,
      ].join('\n'),
    );
  });

  test('that is not JSON says so', () => {
    const file = write('{ title: 1 }');
    expect(() => readPortalConfig(file)).toThrowError(new RegExp(`^${file}  不是有效的 JSON`));
  });
});
