import fs from 'node:fs';
import path from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { beforeAll, describe, expect, inject, test } from 'vitest';
import { buildSite, copyContent } from '../support/build.ts';
import { ROOT } from '../support/paths.ts';

/** The sample configuration: test data, not anyone's real identifiers. */
const SAMPLE_CONFIG = path.join(ROOT, 'tests/fixtures/gov-site/site.yaml');

let configuredDist = '';

beforeAll(() => {
  const dir = copyContent('gov-site');
  fs.copyFileSync(SAMPLE_CONFIG, path.join(dir, 'site.yaml'));
  const bulletin = path.join(dir, 'bulletins/2015-02.mdx');
  fs.writeFileSync(
    bulletin,
    fs
      .readFileSync(bulletin, 'utf8')
      .replace('issue: 2\n', 'issue: 2\nindexNumber: TEST0000/2015-00002\ndocNumber: 测帮办〔2015〕2号\n'),
  );
  const result = buildSite('gov-site', { contentDir: dir });
  if (!result.ok) throw new Error(result.output);
  configuredDist = result.outDir;
});

const page = (dist: string, route: string) =>
  parse(fs.readFileSync(path.join(dist, route, 'index.html'), 'utf8'));

/** Every `<meta name>` whose name starts with a capital, as the government-site tags do. */
function govMeta(doc: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    doc
      .querySelectorAll('head meta[name]')
      .map((meta): [string, string] => [meta.getAttribute('name') ?? '', meta.getAttribute('content') ?? ''])
      .filter(([name]) => /^[A-Z]/.test(name)),
  );
}

const footerLines = (doc: HTMLElement) =>
  doc.querySelectorAll('.site-footer .identifiers li').map((li) => li.text.trim());

describe('a site with its identifiers configured (sample test data)', () => {
  test('the footer shows exactly the configured 主办单位, contact, 网站标识码 and filing numbers, linked for checking', () => {
    const home = page(configuredDist, '');
    expect(footerLines(home)).toEqual([
      '主办单位：测试主办单位（测试数据）',
      '联系方式：电话 0000-0000000　邮箱 test@example.test',
      '网站标识码：0000000000',
      '测ICP备00000000号-1',
      '测公网安备00000000000000号',
    ]);
    const links = home.querySelectorAll('.site-footer .identifiers a').map((a) => a.getAttribute('href'));
    expect(links).toEqual([
      'https://beian.miit.gov.cn/',
      'https://beian.mps.gov.cn/#/query/webSearch?code=00000000000000',
    ]);
  });

  test('a bulletin page carries the article meta tags and the 信息公开 block with 索引号 and 文号', () => {
    const bulletin = page(configuredDist, 'bulletins/2015-02');
    const meta = govMeta(bulletin);
    expect(meta).toMatchObject({
      SiteName: '测试站点简报档案',
      SiteDomain: 'bangfu.example.test',
      SiteIDCode: '0000000000',
      ColumnName: '简报',
      ArticleTitle: '全市后进村帮扶工作督查情况通报',
      PubDate: '2015-07-03',
      ContentSource: '招远市后进村帮扶工作领导小组办公室',
    });
    expect(meta['Keywords']?.split(',')).toEqual(expect.arrayContaining(['西沟子村', '市住建局', '毕郭镇']));
    expect(meta['Description']).toMatch(/^为全面掌握后进村帮扶工作进展情况/);
    const block = bulletin.querySelector('section[aria-label="信息公开"]');
    const facts = block
      ?.querySelectorAll('dt')
      .map((dt) => `${dt.text}：${dt.nextElementSibling?.text ?? ''}`);
    expect(facts).toEqual([
      '索引号：TEST0000/2015-00002',
      '发布机构：招远市后进村帮扶工作领导小组办公室',
      '成文日期：2015年7月3日',
      '文号：测帮办〔2015〕2号',
      '公开方式：主动公开',
    ]);
  });

  test('a case page names its source bulletin’s date and issuer; every other page its site and column only', () => {
    expect(govMeta(page(configuredDist, 'cases/guojia-pumping-station'))).toMatchObject({
      ColumnName: '典型案例',
      PubDate: '2015-07-03',
      ContentSource: '招远市后进村帮扶工作领导小组办公室',
    });
    expect(govMeta(page(configuredDist, 'cases/guojia-pumping-station'))['Keywords']).toContain('郭家村');
    const village = govMeta(page(configuredDist, 'villages/xigouzi'));
    expect(village).toEqual({
      SiteName: '测试站点简报档案',
      SiteDomain: 'bangfu.example.test',
      SiteIDCode: '0000000000',
      ColumnName: '后进村',
    });
    expect(govMeta(page(configuredDist, 'items/late'))['ColumnName']).toBe('逾期事项');
    expect(govMeta(page(configuredDist, ''))['ColumnName']).toBe('首页');
  });
});

describe('a site with nothing configured', () => {
  test('the footer shows no identifier and the head no 网站标识码 or domain', () => {
    const home = page(inject('siteDist'), '');
    expect(footerLines(home)).toEqual([]);
    expect(home.querySelector('.site-footer')?.text).not.toMatch(/ICP|公网安备|网站标识码|主办单位/);
    expect(govMeta(home)).toEqual({ SiteName: '招远市后进村帮扶工作简报档案', ColumnName: '首页' });
  });

  test('a bulletin without 索引号 or 文号 shows its issuer, date and 主动公开 only', () => {
    const block = page(inject('siteDist'), 'bulletins/2015-02').querySelector(
      'section[aria-label="信息公开"]',
    );
    expect(block?.querySelectorAll('dt').map((dt) => dt.text)).toEqual(['发布机构', '成文日期', '公开方式']);
  });
});
