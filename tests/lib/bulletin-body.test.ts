import { describe, expect, test } from 'vitest';
import { renderBulletinBody } from '../../src/lib/bulletin-body.ts';
import { createMatcher } from '../../src/lib/mentions.ts';
import { bulletinBlocks } from '../../src/lib/paragraphs.ts';

const findNames = createMatcher([{ collection: 'villages', id: 'guojia', text: '郭家村' }]);
const render = (body: string) => renderBulletinBody(body, findNames);
const html = (body: string) =>
  render(body)
    .map((b) => `${b.anchor}:${b.html}`)
    .join('\n');

describe('a body renders what the editor wrote, as Markdown', () => {
  test('a heading typed without a blank line after it does not swallow the next paragraph', () => {
    expect(bulletinBlocks('## 一、情况\n郭家村建成扬水站。\n')).toEqual([
      { kind: 'heading', anchor: 's1', text: '一、情况' },
      { kind: 'paragraph', anchor: 'p1', text: '郭家村建成扬水站。' },
    ]);
  });

  test('list lines stay separate items, and a list is one citable block', () => {
    const blocks = render('要求：\n\n- 一要加强领导\n- 二要加快进度\n');
    expect(blocks.map((b) => [b.kind, b.anchor])).toEqual([
      ['paragraph', 'p1'],
      ['block', 'p2'],
    ]);
    expect(blocks[1]!.html).toBe('<ul><li>一要加强领导</li><li>二要加快进度</li></ul>');
    expect(blocks[1]!.text).toBe('一要加强领导\n二要加快进度');
  });

  test('tables, emphasis, quotations and footnotes render, names linked inside them', () => {
    const out = html(
      '| 村 | 资金 |\n| --- | ---: |\n| 郭家村 | 35万元 |\n\n**加粗**和*强调*\n\n> 引用的话[^1]\n\n[^1]: 见第2期。\n',
    );
    expect(out).toContain(
      '<table><thead><tr><th>村</th><th style="text-align:right">资金</th></tr></thead><tbody><tr><td><a class="name" href="/villages/guojia/">郭家村</a></td>',
    );
    expect(out).toContain('p2:<strong>加粗</strong>和<em>强调</em>');
    expect(out).toContain(
      'p3:<blockquote><p>引用的话<sup><a href="#fn1" id="fnref1" class="footnote-ref">1</a></sup></p></blockquote>',
    );
    expect(out).toContain('fn1:<p>见第2期。</p>');
  });

  test('wrapped Chinese lines join without a space, other text with one', () => {
    expect(bulletinBlocks('第一行\n第二行\nword\nnext\n')[0]!.text).toBe('第一行第二行word next');
  });

  test('a comment {/* … */} never publishes, and does not shift the numbering', () => {
    const blocks = bulletinBlocks('{/* 编者注：待核对 */}\n\n正文{/* 行内 */}一段。\n');
    expect(blocks).toEqual([{ kind: 'paragraph', anchor: 'p1', text: '正文一段。' }]);
  });

  test('text an editor wrote is never dropped: import or export lines show as text', () => {
    expect(bulletinBlocks('export 产品销往各地。\n')[0]!.text).toBe('export 产品销往各地。');
  });
});

describe('nothing in a body can script the page or reach another site', () => {
  test('raw HTML is shown as text, never as elements', () => {
    const out = html(
      '<script>alert(1)</script>\n\n文<img src=x onerror=alert(1)>字\n\n<iframe src="https://e.com"></iframe>\n',
    );
    expect(out).not.toMatch(/<(script|img|iframe)/);
    expect(out).toContain('&lt;script&gt;');
  });

  test('links and images to other sites, or running code, render as plain text', () => {
    const out = html(
      '[点我](javascript:alert(1)) [外站](https://e.com/) ![图](https://e.com/a.png) <https://e.com/> www.e.com [本站](/villages/guojia/) [段](#p1)\n',
    );
    expect(out).not.toMatch(/href="(javascript|https?:|\/\/)/);
    expect(out).not.toContain('<img');
    expect(out).toContain('<a href="/villages/guojia/">本站</a>');
    expect(out).toContain('<a href="#p1">段</a>');
    expect(out).toContain('点我');
  });

  test('MDX expressions are text, never evaluated', () => {
    expect(html('{globalThis.process.env.HOME}\n')).toBe('p1:{globalThis.process.env.HOME}');
  });
});
