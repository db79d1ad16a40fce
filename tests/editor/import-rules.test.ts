import { describe, expect, test } from 'vitest';
import { segmentBlocks, segmentBody } from '../../src/lib/import/body.ts';
import { htmlToDocument } from '../../src/lib/import/docx-blocks.ts';
import { isPageNumberLine } from '../../src/lib/import/extraction.ts';
import { looksLikeBulletin, parseBulletin } from '../../src/lib/import/legacy-bulletin.ts';
import { takeDate } from '../../src/lib/import/masthead.ts';
import { linesToDocument, pageLines, type TextRun } from '../../src/lib/import/pdf-layout.ts';
import { readSource } from '../../src/lib/import/read-source.ts';
import { renderDraft } from '../../src/lib/import/render.ts';
import { parseEntry } from '../../src/lib/integrity/read-entries.ts';
import { checkEntry } from '../../src/lib/integrity/validate.ts';

/** A line of 16 pt text as pdf.js reports it: one run, the width of its characters. */
function run(text: string, x: number, y: number, size = 16): TextRun {
  const width = [...text].reduce((sum, c) => sum + (/[\x20-\x7e]/.test(c) ? size / 2 : size), 0);
  return { text, x, y, width, size };
}
const LEFT = 75;
/** A justified full line ends here (28 characters of 16 pt). */
const RIGHT = LEFT + 28 * 16;

describe('PDF lines become paragraphs by the printed layout', () => {
  test('a number broken across two lines joins up, and the paragraph ends where its last line ends short', () => {
    const page = pageLines(
      [
        run('测试县二十个村累计实施帮扶项目九十六项，完成投资34', LEFT + 32, 700),
        run('20万元，其中争取上级资金一千二百六十万元，群众普遍满意。', LEFT, 671),
        run('下一段。', LEFT + 32, 642),
        run('— 1 —', 280, 60, 14),
      ].map((r, i) => (i < 2 ? { ...r, width: RIGHT - r.x } : r)),
      1,
    );
    const document = linesToDocument([page]);
    expect(document.blocks).toEqual([
      '测试县二十个村累计实施帮扶项目九十六项，完成投资3420万元，其中争取上级资金一千二百六十万元，群众普遍满意。',
      '下一段。',
    ]);
    expect(document.pagesRemoved).toBe(1);
  });

  test('a paragraph running on to the next page is one paragraph; `-2-` at the foot is dropped', () => {
    const full = (text: string, x: number, y: number) => ({ ...run(text, x, y), width: RIGHT - x });
    const pages = [
      pageLines(
        [full('第一页最后一行没有写完的这一段落的文字还要继续', LEFT + 32, 120), run('-1-', 290, 60, 14)],
        1,
      ),
      pageLines([run('写到第二页。', LEFT, 720), run('-2-', 290, 60, 14)], 2),
    ];
    expect(linesToDocument(pages).blocks).toEqual([
      '第一页最后一行没有写完的这一段落的文字还要继续写到第二页。',
    ]);
  });

  test('issuer and date far apart on one line stay apart, and spaces between characters go', () => {
    const [line] = pageLines([run('测 试 县 办 公 室', LEFT, 575), run('2015 年 9 月 18 日', 400, 575)], 1);
    expect(line!.text).toBe('测试县办公室\u30002015年9月18日');
  });

  test.each(['— 3 —', '-3-', '- 12 -', '第3页', '7'])('%s is a page-number line', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  test.each(['3月', '共3页内容', '-3-5'])('%s is not', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});

describe('Word paragraphs as mammoth writes them', () => {
  test('a bold 一、 paragraph and a Word heading are headings; a bold 二、 run-in heading is split from its text', () => {
    const document = htmlToDocument(
      '<p><strong>一、工作进展情况</strong></p><p>正文一。</p>' +
        '<p><strong>二、存在的问题</strong>一是思路不清；二是进度慢。</p><h1>三、下步工作要求</h1><p>正文三。</p>',
    );
    const imported = segmentBlocks(document.blocks, document.emphasised, [], [], []);
    expect(imported).toEqual([
      { kind: 'heading', text: '一、工作进展情况' },
      { kind: 'paragraph', text: '正文一。' },
      { kind: 'heading', text: '二、存在的问题' },
      { kind: 'paragraph', text: '一是思路不清；二是进度慢。' },
      { kind: 'heading', text: '三、下步工作要求' },
      { kind: 'paragraph', text: '正文三。' },
    ]);
  });

  test('a table is carried as text, a row per paragraph, and paragraphs indented with spaces lose them', () => {
    const document = htmlToDocument(
      '<p>\u3000\u3000正 文 。</p><table><tr><td><p>单位</p></td><td><p>进展</p></td></tr><tr><td><p>测试局</p></td><td></td></tr></table>',
    );
    expect(document.blocks).toEqual(['正文。', '单位\u3000进展', '测试局']);
  });
});

describe('a heading that runs on into its paragraph', () => {
  test('is split before a known name', () => {
    const blocks = segmentBody(
      '一、基本情况正文。二、重点帮扶事项进展市住建局驻西沟子工作队制定了三年规划。',
      ['市住建局'],
      [],
      [],
    );
    expect(blocks[2]).toEqual({ kind: 'heading', text: '二、重点帮扶事项进展' });
  });

  test('is split where the heading word runs on into another (工作 / 工作队) without a known name', () => {
    const doubts: string[] = [];
    const blocks = segmentBody(
      '一、基本情况正文。二、重点帮扶事项进展测试局驻测试村工作队制定了规划。',
      [],
      [],
      doubts,
    );
    expect(blocks[2]).toEqual({ kind: 'heading', text: '二、重点帮扶事项进展' });
    expect(doubts).toEqual([]);
  });

  test('is reported as a doubt when where it ends cannot be told', () => {
    const doubts: string[] = [];
    const blocks = segmentBody('一、基本情况正文。二、帮扶工作进展测试局驻村工作扎实。', [], [], doubts);
    expect(blocks[2]).toEqual({ kind: 'heading', text: '二、帮扶工作进展测试局驻村工作' });
    expect(doubts).toEqual([
      '正文：标题“二、帮扶工作进展测试局驻村工作”在哪里结束不能确定，也可能是“二、帮扶工作进展”或“二、帮扶工作”；请对照原件，必要时把多出的字移到下一段开头',
    ]);
  });
});

describe('what a file is, is told from its bytes', () => {
  test('text saved as UTF-16 by Notepad reads as text', async () => {
    const text = '\uFEFF基层党组织“第一书记”暨后进村帮扶工作简报第3期测试县办公室2015年7月3日测试通报正文。';
    const read = await readSource('.txt', new Uint8Array(Buffer.from(text, 'utf16le')));
    expect(read.ok && parseBulletin(read.document).head).toMatchObject({ issue: 3, date: '2015-07-03' });
  });

  test('a Word file with an open password (a compound file holding an EncryptedPackage) is refused as encrypted', async () => {
    const bytes = Buffer.concat([
      Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
      Buffer.alloc(64),
      Buffer.from('EncryptedPackage', 'utf16le'),
    ]);
    expect(await readSource('.docx', new Uint8Array(bytes))).toMatchObject({
      ok: false,
      reason: 'encrypted',
    });
  });

  test('text with neither a masthead nor a date is not taken for a bulletin', async () => {
    const read = await readSource('.txt', new Uint8Array(Buffer.from('会议记录：今天讨论了三件事。')));
    expect(read.ok && looksLikeBulletin(parseBulletin(read.document))).toBe(false);
  });

  test.each([
    ['.doc', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'doc'],
    ['.wps', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'wps'],
    ['.png', [0x89, 0x50, 0x4e, 0x47], 'image'],
    ['.xlsx', [0x50, 0x4b, 0x03, 0x04], 'other'],
    ['.pdf', [0x00, 0x01], 'damaged'],
  ])('a %s file starting %j is refused as %s', async (extension, bytes, reason) => {
    expect(await readSource(extension, new Uint8Array(bytes))).toMatchObject({ ok: false, reason });
  });
});

describe('the masthead date', () => {
  test.each([
    ['2015年7月3日', '2015-07-03'],
    ['二〇一七年三月六日', '2017-03-06'],
    ['二○一五年十二月三十一日', '2015-12-31'],
    ['二〇一六年十月二十日', '2016-10-20'],
  ])('%s is read as %s', (printed, iso) => {
    expect(takeDate(`测试县办公室${printed}测试通报`)).toEqual({ date: iso, text: '测试县办公室测试通报' });
  });

  test('a date that is not a real day is not taken', () => {
    expect(takeDate('二〇一五年二月三十日').date).toBeUndefined();
  });
});

describe('the draft records where it came from', () => {
  test.each(['1'.repeat(64), `${'1'.repeat(30)}e${'2'.repeat(33)}`])(
    'a SHA-256 YAML could take for a number (%s) stays text and passes the schema',
    async (sha256) => {
      const text = '基层党组织“第一书记”暨后进村帮扶工作简报第3期测试县办公室2015年7月3日测试通报正文。';
      const read = await readSource('.txt', new Uint8Array(Buffer.from(text)));
      if (!read.ok) throw new Error(read.reason);
      const draft = renderDraft(parseBulletin(read.document), { file: '第3期.txt', sha256 });
      const checked = checkEntry(parseEntry('bulletins', '2015-03.mdx', draft).entry!);
      expect(checked.problems).toEqual([]);
      expect(checked.entry?.parsed['source']).toEqual({ file: '第3期.txt', sha256 });
    },
  );
});
