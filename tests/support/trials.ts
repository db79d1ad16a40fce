import fs from 'node:fs';
import path from 'node:path';
import { copyContent } from './build.ts';
import { ISSUE2_FIXTURE } from './paths.ts';

/**
 * One hostile or careless input: files added to (or replacing files of) a copy of the issue-2 fixture.
 * `refused`: `npm run check` and the build both refuse it, each printing a line with the file and the
 * message. `inert`: both accept it, and the built page shows it as text, running and loading nothing.
 * `warned`: both accept it and both print the warning.
 */
export interface Trial {
  what: string;
  files: Record<string, string | Buffer>;
  verdict: 'refused' | 'inert' | 'warned';
  /** For refused and warned trials: the file named and the message, which must share one line. */
  file?: string;
  message?: string;
  /** For inert trials: a built page, text it must show and HTML it must hold. */
  page?: string;
  shows?: string[];
  holds?: RegExp[];
  lacks?: string[];
}

const fixture = (file: string) => fs.readFileSync(path.join(ISSUE2_FIXTURE, file), 'utf8');
const village = fixture('villages/guojia.md');
const item = fixture('items/guojia-yangshuizhan.md');

/** A case with the given body, citing issue 2. */
const caseFile = (body: string, summary = '试验摘要。') =>
  `---\ntitle: 试验案例\nsummary: ${summary}\nbulletin: 2015-02\nvillages:\n  - guojia\n---\n\n${body}`;
/** A published bulletin of its own issue number, with the given body. */
const bulletinFile = (issue: number, body: string) =>
  `---\nissue: ${issue}\ndate: 2015-07-03\nissuer: 招远市后进村帮扶工作领导小组办公室\ntitle: 试验简报${issue}\ndraft: false\n---\n\n${body}`;

const gbk = (text: string) => {
  // The few GBK characters the trials need: 东 B6AB, 村 B4E5, 试 CAD4, 验 D1E9.
  const table: Record<string, number[]> = {
    东: [0xb6, 0xab],
    村: [0xb4, 0xe5],
    试: [0xca, 0xd4],
    验: [0xd1, 0xe9],
  };
  return Buffer.from([...text].flatMap((c) => table[c] ?? [...Buffer.from(c)]));
};

let n = 0;
/** A refused trial in a case body of its own. */
const caseRefused = (what: string, body: string, message: string): Trial => {
  const file = `cases/trial-${String(++n).padStart(2, '0')}.mdx`;
  return { what, files: { [file]: caseFile(body) }, verdict: 'refused', file, message };
};
/** A refused trial in a bulletin body of its own. */
const bulletinRefused = (what: string, body: string, message: string): Trial => {
  const file = `bulletins/trial-${String(++n).padStart(2, '0')}.mdx`;
  return { what, files: { [file]: bulletinFile(100 + n, body) }, verdict: 'refused', file, message };
};
const fileRefused = (
  what: string,
  file: string,
  content: string | Buffer,
  message: string,
  shown = file,
): Trial => ({
  what,
  files: { [file]: content },
  verdict: 'refused',
  file: shown,
  message,
});
let m = 0;
/** An accepted case body, checked on its built page. */
const caseInert = (what: string, body: string, check: Pick<Trial, 'shows' | 'holds' | 'lacks'>): Trial => {
  const id = `inert-${String(++m).padStart(2, '0')}`;
  return {
    what,
    files: { [`cases/${id}.mdx`]: caseFile(body) },
    verdict: 'inert',
    page: `cases/${id}/index.html`,
    ...check,
  };
};
const bulletinInert = (
  what: string,
  body: string,
  check: Pick<Trial, 'shows' | 'holds' | 'lacks'>,
): Trial => {
  const id = `inert-${String(++m).padStart(2, '0')}`;
  return {
    what,
    files: { [`bulletins/${id}.mdx`]: bulletinFile(200 + m, body) },
    verdict: 'inert',
    page: `bulletins/${id}/index.html`,
    ...check,
  };
};

/** The trials: the campaign of issue 15 and more of its kinds. */
export const TRIALS: Trial[] = [
  // Code in a body.
  caseRefused(
    'an import of node:fs',
    "import fs from 'node:fs'\n\n正文。\n",
    '正文里不能写 import 或 export',
  ),
  caseRefused(
    'an export that runs code',
    "export const x = fs.writeFileSync('/tmp/x', 'y')\n",
    '正文里不能写 import 或 export',
  ),
  caseRefused(
    'the environment in an expression',
    '环境：{globalThis.process.env.HOME}\n',
    '花括号“{ }”在 MDX 里是代码',
  ),
  caseRefused(
    'a draft published through getCollection',
    "{await getCollection('bulletins')}\n",
    '花括号“{ }”在 MDX 里是代码',
  ),
  caseRefused(
    'a missing import used as a component',
    "import Chart from '../../components/Chart.astro'\n\n<Chart />\n",
    '正文里不能写 import 或 export',
  ),
  caseRefused('an undefined component', '<Note>注意</Note>\n', '正文里不能使用组件 <Note>'),
  caseRefused(
    'a component with an expression attribute',
    '<Box style={{ color: "red" }}>字</Box>\n',
    '花括号“{ }”在 MDX 里是代码',
  ),
  bulletinRefused(
    'an export paragraph in a bulletin',
    'export 产品销往全国各地。\n',
    '正文里不能写 import 或 export',
  ),
  bulletinRefused('a stray brace in a bulletin', '资金{约50万元\n', '花括号“{ }”在 MDX 里是代码'),
  // Raw HTML.
  caseRefused(
    'a script element',
    '<script>alert(document.cookie)</script>\n',
    '正文里不能写 HTML 标签 <script>',
  ),
  caseRefused('an image with onerror', '<img src="x" onerror="alert(1)">\n', '正文里不能写 HTML 标签 <img>'),
  caseRefused(
    'an iframe to another site',
    '<iframe src="https://example.com/"></iframe>\n',
    '正文里不能写 HTML 标签 <iframe>',
  ),
  caseRefused('an svg with onload', '<svg onload="alert(1)"></svg>\n', '正文里不能写 HTML 标签 <svg>'),
  caseRefused('a style element', '<style>body{display:none}</style>\n', '正文里不能写 HTML 标签 <style>'),
  caseRefused(
    'an HTML link inside a sentence',
    '详见<a href="https://example.com/">此处</a>。\n',
    '正文里不能写 HTML 标签 <a>',
  ),
  bulletinRefused(
    'bold written as HTML in a bulletin',
    '<b>一、督查基本情况</b>\n',
    '正文里不能写 HTML 标签 <b>',
  ),
  caseRefused('an HTML comment', '<!-- 待核对 -->\n\n正文。\n', 'HTML 注释 <!-- --> 不能用在正文里'),
  // Links and images off the site.
  caseRefused('a remote image', '![照片](https://example.com/a.png)\n', '图片只能用本站的文件'),
  caseRefused('a protocol-relative image', '![照片](//example.com/a.png)\n', '图片只能用本站的文件'),
  caseRefused(
    'a data: image',
    '![照片](data:image/svg+xml;base64,PHN2Zz4=)\n',
    '会在读者的浏览器里运行代码或嵌入内容',
  ),
  caseRefused('a javascript: link', '[点此](javascript:alert(1))\n', '会在读者的浏览器里运行代码或嵌入内容'),
  caseRefused(
    'a JavaScript: link in capitals',
    '[点此](JavaScript:alert(1))\n',
    '会在读者的浏览器里运行代码或嵌入内容',
  ),
  caseRefused(
    'an entity-disguised javascript: link',
    '[点此](jav&#x09;ascript:alert(1))\n',
    '链接只能指向本站的网页',
  ),
  caseRefused(
    'a link to another site',
    '[市政府网站](https://www.example.gov.cn/)\n',
    '链接只能指向本站的网页',
  ),
  caseRefused('an angle-bracket address', '<https://example.com/>\n', '链接只能指向本站的网页'),
  caseRefused(
    'a reference link to another site',
    '[网站][w]\n\n[w]: https://example.com/\n',
    '链接只能指向本站的网页',
  ),
  // Files the site would not read.
  fileRefused(
    'a folder typo',
    'bulletin/2015-03.mdx',
    bulletinFile(3, '正文。\n'),
    '是不是“bulletins”？',
    'bulletin',
  ),
  fileRefused(
    'a file outside every folder',
    '2015-03.mdx',
    bulletinFile(3, '正文。\n'),
    '文件不在任何内容文件夹里',
  ),
  fileRefused('an upper-case .MD', 'villages/dongcun.MD', village, '扩展名“.MD”要用小写'),
  fileRefused(
    'an upper-case .MDX',
    'bulletins/2015-04.MDX',
    bulletinFile(4, '正文。\n'),
    '扩展名“.MDX”要用小写',
  ),
  fileRefused('a .markdown file', 'villages/xicun.markdown', village, '扩展名“.markdown”不会被读取'),
  fileRefused('a village written as .mdx', 'villages/beicun.mdx', village, '不用 MDX'),
  fileRefused(
    'a Word file among the bulletins',
    'bulletins/2015-05.docx',
    'PK',
    '原件（.docx）不能直接放在这里',
  ),
  fileRefused(
    'a .md beside the .mdx of one bulletin',
    'bulletins/2015-02.md',
    fixture('bulletins/2015-02.mdx').replace('全市后进村', '假的'),
    '是同一个条目',
  ),
  fileRefused('a sub-folder in a collection', 'villages/2015/nancun.md', village, '子文件夹里的文件不会发布'),
  fileRefused(
    'a GBK bulletin',
    'bulletins/2015-06.mdx',
    gbk('---\nissue: 6\ndate: 2015-07-03\nissuer: 东村\ntitle: 试验\n---\n\n试验\n'),
    '文件是 GBK/GB18030 编码',
  ),
  fileRefused(
    'a GBK village',
    'villages/dongcun-gbk.md',
    gbk('---\nname: 东村\n---\n'),
    '文件是 GBK/GB18030 编码',
  ),
  fileRefused(
    'a UTF-16 village',
    'villages/zhongcun.md',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(village, 'utf16le')]),
    '文件是 UTF-16 编码',
  ),
  fileRefused(
    'a control character from Word in a field',
    'villages/shangcun.md',
    village.replace('郭家村', '郭家\u000b村'),
    '看不见的控制字符（U+000B）',
  ),
  fileRefused(
    'a form feed in a body',
    'cases/trial-ff.mdx',
    caseFile('第一页\u000c第二页\n'),
    '看不见的控制字符（U+000C）',
  ),
  fileRefused(
    'a YAML alias bomb',
    'villages/xiacun.md',
    '---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nname: *c\n---\n',
    '字段区不能用 YAML 的锚点“&a”',
  ),
  fileRefused(
    'a YAML alias',
    'villages/qiancun.md',
    '---\nname: &n 前村\nsecretary: *n\n---\n',
    '字段区不能用 YAML 的',
  ),
  // Accepted, shown as written.
  bulletinInert('a table', '| 村 | 资金 |\n| --- | --- |\n| 郭家村 | 35万元 |\n', {
    holds: [/<table>.*<td><a class="name" href="\/villages\/guojia\/">郭家村<\/a><\/td><td>35万元<\/td>/],
  }),
  bulletinInert('list lines', '要求：\n\n- 一要加强领导\n- 二要加快进度\n', {
    holds: [/<li>一要加强领导<\/li><li>二要加快进度<\/li>/],
  }),
  bulletinInert('a heading without a blank line', '## 一、基本情况\n紧接标题的一段。\n', {
    holds: [/<h2 id="s1"[^>]*>一、基本情况<\/h2>/, /<p id="p1"[^>]*>紧接标题的一段。/],
  }),
  bulletinInert(
    'emphasis, a quotation and a footnote',
    '**加粗**和*强调*\n\n> 引用[^1]\n\n[^1]: 脚注内容。\n',
    { holds: [/<strong>加粗<\/strong>/, /<blockquote>/, /<li id="fn1"[^>]*>.*脚注内容。/] },
  ),
  caseInert('a comment', '正文{/* 编者注：待核对 */}一段。\n', { shows: ['正文一段。'], lacks: ['编者注'] }),
  caseInert('escaped braces and a less-than sign', '数量\\{5\\}，比例<5%。\n', {
    shows: ['数量{5}，比例<5%。'],
  }),
  caseInert('a bare web address', '网址 www.example.gov.cn 。\n', {
    shows: ['www.example.gov.cn'],
    lacks: ['href="http://www.example.gov.cn'],
  }),
  caseInert('a link within the site', '见[郭家村的页面](/villages/guojia/)。\n', {
    holds: [/<a href="\/villages\/guojia\/">郭家村的页面<\/a>/],
  }),
  {
    what: 'a date-like text in a string field',
    files: { 'cases/inert-date.mdx': caseFile('正文。\n', '2015-07-03') },
    verdict: 'inert',
    page: 'cases/inert-date/index.html',
    shows: ['2015-07-03'],
  },
  {
    what: 'an item title a spreadsheet would run as a formula',
    files: {
      'items/trial-formula.md': item.replace(
        'title: 扬水站建设',
        'title: \'=HYPERLINK("https://example.com","点")\'',
      ),
    },
    verdict: 'inert',
    page: 'data/items.csv',
    shows: ["'=HYPERLINK("],
  },
  {
    what: 'a mobile number with separators',
    files: { 'cases/warn-01.mdx': caseFile('联系人电话 139-1234-5678。\n') },
    verdict: 'warned',
    file: 'cases/warn-01.mdx',
    message: '手机号码“139****5678”',
  },
  {
    what: 'an ID number in full-width digits',
    files: { 'cases/warn-02.mdx': caseFile('身份证号３７０６８５１９８００１０１１２３４。\n') },
    verdict: 'warned',
    file: 'cases/warn-02.mdx',
    message: '身份证号码“370***********1234”',
  },
  {
    what: 'a system file beside the content',
    files: { 'villages/.DS_Store': 'x' },
    verdict: 'warned',
    file: 'villages/.DS_Store',
    message: '操作系统或编辑器自动生成的文件',
  },
];

/** Writes a set of trials into one copy of the fixture; no two trials may write the same file. */
export function writeTrials(name: string, trials: readonly Trial[]): string {
  const dir = copyContent(name);
  const written = new Set<string>();
  for (const trial of trials) {
    for (const [file, content] of Object.entries(trial.files)) {
      if (written.has(file)) throw new Error(`two trials write ${file}`);
      written.add(file);
      fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
      fs.writeFileSync(path.join(dir, file), content);
    }
  }
  return dir;
}
