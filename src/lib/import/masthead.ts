import { isRealDate } from '../../schemas/common.ts';

/** The masthead and distribution footer of a legacy bulletin, as far as they could be read. */
export interface BulletinHead {
  series?: string;
  issue?: number;
  date?: string;
  issuer?: string;
  title?: string;
  sentTo: string[];
  distributedTo: string[];
  filed: boolean;
  printRun?: number;
  contact?: { phone?: string; email?: string };
}

/** What the importer could not read, in Chinese, for the editor to fill in by hand. */
export type Unparsed = string[];

const ISSUER_ENDS = ['办公室', '领导小组', '委员会', '办'];
const TITLE_ENDS = [
  '通报',
  '简报',
  '报告',
  '通知',
  '意见',
  '纪实',
  '综述',
  '总结',
  '做法',
  '经验',
  '汇报',
  '快讯',
  '决定',
  '方案',
];
const WEAK_TITLE_ENDS = ['情况', '工作', '问题', '活动', '成效'];
const PUNCTUATION = /[,，。:：;；、!！?？“”()（）]/;

/** The longest prefix of `text` (up to `max` characters) that ends with one of `ends`. */
function longestPrefixEndingWith(text: string, ends: readonly string[], max: number): string | undefined {
  for (let length = Math.min(max, text.length); length > 0; length--) {
    const prefix = text.slice(0, length);
    if (ends.some((end) => prefix.endsWith(end))) return prefix;
  }
  return undefined;
}

const pad = (n: number) => String(n).padStart(2, '0');

const CHINESE_DIGITS = '〇一二三四五六七八九';
/** `2015年7月3日`, or as older 公文 print it, `二〇一五年七月三日`. */
const DATE =
  /(\d{4}|[〇○零一二三四五六七八九]{4})年(\d{1,2}|[一二三四五六七八九十]{1,3})月(\d{1,2}|[一二三四五六七八九十]{1,3})日/g;

/** 2015, 7 from `2015`, `七`; `二〇一五` digit by digit, `二十一` as 21. */
function dateNumber(text: string): number {
  if (/^\d+$/.test(text)) return Number(text);
  const digit = (c: string) => CHINESE_DIGITS.indexOf(c.replace(/[○零]/, '〇'));
  if (!text.includes('十')) return Number([...text].map(digit).join(''));
  const [tens, ones] = text.split('十') as [string, string];
  return (tens ? digit(tens) : 1) * 10 + (ones ? digit(ones) : 0);
}

/**
 * Takes the masthead date out of the text wherever extraction put it (it is often displaced to after
 * the first paragraph): the first full 年月日 date that is a real day, within the first `within`
 * characters (where the source's layout tells where the masthead ends).
 */
export function takeDate(text: string, within = text.length): { date?: string; text: string } {
  for (const m of text.slice(0, within).matchAll(DATE)) {
    const [year, month, day] = [m[1]!, m[2]!, m[3]!].map(dateNumber) as [number, number, number];
    if (!isRealDate(year, month, day)) continue;
    return {
      date: `${year}-${pad(month)}-${pad(day)}`,
      text: text.slice(0, m.index) + text.slice(m.index + m[0].length),
    };
  }
  return { text };
}

/** The text up to the first line break: the whole text when its breaks were lost. */
const firstLine = (text: string) => text.split('\n', 1)[0]!;

/**
 * Reads series, issue, issuer and title from the start of the cleaned text and returns the body
 * that follows. In text whose breaks were lost they run together
 * (`…工作简报第2期招远市…办公室全市…情况通报为全面掌握…`) and each ends at its typical last
 * words; where breaks are known (`\n`), a line break also ends the issuer, and the line after
 * it is the title.
 */
export function takeMasthead(text: string, head: BulletinHead, unparsed: Unparsed): string {
  const issue = /^([^]{0,60}?简报)\s*第\s*(\d+)\s*期/.exec(text);
  let rest = text;
  if (issue) {
    head.series = issue[1]!.replace(/\s+/g, '');
    head.issue = Number(issue[2]);
    rest = text.slice(issue[0].length).trimStart();
  } else {
    unparsed.push('报头：没有找到“……简报第N期”，请填写 series（刊名）和 issue（期号）');
  }
  const issuerWindow = firstLine(rest).slice(0, 40);
  const issuerEnd = ISSUER_ENDS.map((end) => ({ end, at: issuerWindow.indexOf(end) })).find(
    ({ at }) => at >= 0,
  );
  if (issuerEnd) {
    head.issuer = rest.slice(0, issuerEnd.at + issuerEnd.end.length);
    rest = rest.slice(head.issuer.length);
    if (rest.includes('\n') && firstLine(rest).trim() === '') rest = rest.trimStart();
  } else {
    unparsed.push('报头：没有找到编发单位（以“办公室”“领导小组”等结尾），请填写 issuer');
  }
  const line = firstLine(rest);
  if (line !== rest && line.length <= 60 && !/[。:：;；!！?？]/.test(line)) {
    head.title = line.trim();
    return rest.slice(line.length + 1);
  }
  const firstPunctuation = line.search(PUNCTUATION);
  const region = firstPunctuation < 0 ? line : line.slice(0, firstPunctuation);
  const title =
    longestPrefixEndingWith(region, TITLE_ENDS, 40) ?? longestPrefixEndingWith(region, WEAK_TITLE_ENDS, 40);
  if (title) {
    head.title = title;
    rest = rest.slice(title.length);
    if (!TITLE_ENDS.some((end) => title.endsWith(end)))
      unparsed.push(`标题：“${title}”是推测的，请对照原件核对 title`);
  } else {
    unparsed.push('标题：无法确定标题在哪里结束，请填写 title，并从正文开头删去标题文字');
  }
  return rest;
}

const splitList = (text: string) =>
  text
    .split(/[,，;；\n]/)
    .map((part) => part.trim().replace(/[。.]$/, ''))
    .filter(Boolean);

/**
 * Reads the distribution footer (`报:…发:…,存档(共印160份)`) from the end of the text and returns the
 * text before it. A contact line in the body (`办公电话8249284、电子邮箱`) is read too and stays in the body.
 */
export function takeFooter(text: string, head: BulletinHead, unparsed: Unparsed): string {
  const contact = /(?:办公|联系)电话[:：]?([\d-]{5,})/.exec(text);
  const email = /电子邮箱[:：]?([\w.+-]+@[\w.-]+\w)?/.exec(text);
  if (contact || email) {
    head.contact = {};
    if (contact) head.contact.phone = contact[1]!;
    if (email) head.contact.email = email[1] ?? '';
  }
  // A 报: at a line start, where lines are known, is the footer's; else the last one in the text.
  const footerStart =
    [...text.matchAll(/(?<=^|\n)报[:：]/g)].at(-1)?.index ?? [...text.matchAll(/报[:：]/g)].at(-1)?.index;
  if (footerStart === undefined) {
    unparsed.push('报尾：没有找到“报:”“发:”一栏，请填写 sentTo、distributedTo、filed、printRun');
    return text;
  }
  const footer = text.slice(footerStart + 2);
  const printRun = /[（(]?共印(\d+)份[）)]?/.exec(footer);
  if (printRun) head.printRun = Number(printRun[1]);
  else unparsed.push('报尾：没有找到“共印N份”，如原件有印数请填写 printRun');
  const withoutRun = printRun
    ? footer.slice(0, printRun.index) + footer.slice(printRun.index + printRun[0].length)
    : footer;
  const sendAt = withoutRun.search(/发[:：]/);
  const sentTo = sendAt < 0 ? withoutRun : withoutRun.slice(0, sendAt);
  const distributed = sendAt < 0 ? [] : splitList(withoutRun.slice(sendAt + 2));
  if (sendAt < 0) unparsed.push('报尾：没有找到“发:”，请填写 distributedTo');
  head.sentTo = splitList(sentTo);
  head.filed = distributed.includes('存档');
  // The 版记's last line names who printed it and when (`…办公室 2015年7月3日印发`): not a recipient.
  head.distributedTo = distributed.filter((d) => d !== '存档' && !/印发$/.test(d));
  return text.slice(0, footerStart);
}
