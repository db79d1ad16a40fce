import { describe, expect, test } from 'vitest';
import { prepareForIndex } from '../../../src/lib/search/han-spacing-html.ts';
import { gramCode } from '../../../src/lib/search/grams.ts';
import { spaceHan, unspaceHan } from '../../../src/lib/search/han-spacing.ts';

const t = (chars: string) => `${chars[0]}-${gramCode(chars)}`;

describe('what Pagefind indexes', () => {
  test('every Han character stands alone, numbers and Latin words stay whole', () => {
    expect(spaceHan('市残联驻郭家村筹集资金35万元,电话8249284')).toBe(
      '市 残 联 驻 郭 家 村 筹 集 资 金 35 万 元 , 电 话 8249284',
    );
  });

  test('page text and metadata are spaced with their trigrams, filter values keep their exact form', () => {
    const html =
      '<h1>郭家村</h1><span data-pagefind-filter="town:毕郭镇"></span><span data-pagefind-meta="title:扬水站建设"></span>';
    expect(prepareForIndex(html).html).toBe(
      `<h1> ${t('郭家村')} 家 村 </h1><span data-pagefind-filter="town:毕郭镇"></span><span data-pagefind-meta="title:${t('扬水站')} ${t('水站建')} ${t('站建设')} 建 设"></span>`,
    );
  });
});

test('text in neighbouring elements does not run together', () => {
  expect(prepareForIndex('<p>办公室<time>2015</time>年</p>').html).toBe(
    `<p> ${t('办公室')} 公 室 <time>2015</time> 年 </p>`,
  );
});

test('a word goes on across inline elements and a non-breaking space, and ends at a block or left-out text', () => {
  expect(prepareForIndex('<p>郭<a href="#x">家</a>&nbsp;村</p>').html).toBe(
    `<p> ${t('郭家村')} <a href="#x"> 家 </a>&nbsp; 村 </p>`,
  );
  expect(prepareForIndex('<h2>郭家</h2><p>村民</p>').html).toBe('<h2> 郭 家 </h2><p> 村 民 </p>');
  expect(prepareForIndex('<p>郭家<span data-pagefind-ignore>庄</span>村</p>').html).toBe(
    '<p> 郭 家 <span data-pagefind-ignore>庄</span> 村 </p>',
  );
});

test('scripts, styles and attribute values are not page text, and the document keeps its language', () => {
  const html =
    '<html lang="zh-CN"><head><style>p::after{content:"村"}</style></head><body><p title="a>村">郭家</p><script>const a = "村>";</script></body></html>';
  expect(prepareForIndex(html).html).toBe(
    '<html lang="zh-CN"><head><style>p::after{content:"村"}</style></head><body><p title="a>村"> 郭 家 </p><script>const a = "村>";</script></body></html>',
  );
});

describe('what a person reads', () => {
  test('spacing is undone, including across highlighted words', () => {
    expect(
      unspaceHan('完 \u200B成 \u200B<mark>扬 </mark><mark>水 </mark><mark>站 </mark>建 \u200B设 35 万'),
    ).toBe('完成<mark>扬水站</mark>建设35万');
  });

  test('the space Pagefind puts after a heading stays', () => {
    expect(unspaceHan('郭 \u200B家 \u200B村\u200B. \u200B帮 \u200B扶')).toBe('郭家村. 帮扶');
  });

  test.each(['市住建局王彬局长', '招远市 2015年7月3日', 'Pagefind 1.6'])(
    '%s survives a round trip',
    (text) => {
      expect(unspaceHan(spaceHan(text)).replace(/\s/g, '')).toBe(text.replace(/\s/g, ''));
    },
  );
});
