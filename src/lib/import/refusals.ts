import type { SourceDocument } from './source.ts';

/**
 * Why a file is not imported and what the editor can do about it, as the import prints it, with the
 * reason in a few words for its closing table.
 */
export const REFUSALS = {
  missing: { short: '找不到文件', problem: '找不到这个文件', advice: '请检查路径和文件名' },
  scan: {
    short: '没有文字层（扫描件），需先做文字识别',
    problem: '文件里没有文字层，像是扫描件或图片',
    advice: '需要先做文字识别（OCR），把识别出的文字存成 .docx 或 .txt 后再导入',
  },
  image: {
    short: '图片，需先做文字识别',
    problem: '这是图片，不是文字',
    advice: '需要先做文字识别（OCR），把识别出的文字存成 .docx 或 .txt 后再导入',
  },
  encrypted: {
    short: '已加密，需先取消密码',
    problem: '文件设置了打开密码（已加密）',
    advice: '请用 Word 或 PDF 阅读器输入密码打开，取消密码后另存一份，再导入另存的文件',
  },
  damaged: {
    short: '文件已损坏',
    problem: '文件已损坏或不完整，无法打开',
    advice: '请从原处重新复制一份；若 Word、WPS 或 PDF 阅读器还能打开，请另存一份后再导入',
  },
  doc: {
    short: '旧版 .doc，请另存为 .docx',
    problem: '这是旧版 Word 格式（.doc），无法直接读取',
    advice: '请用 Word 或 WPS 打开，选“另存为”→“Word 文档（*.docx）”，再导入另存的 .docx',
  },
  wps: {
    short: 'WPS 格式，请另存为 .docx',
    problem: '这是 WPS 文字格式（.wps），无法直接读取',
    advice: '请用 WPS 打开，选“另存为”→“Word 文档（*.docx）”，再导入另存的 .docx',
  },
  other: {
    short: '不是 .docx、.pdf 或 .txt',
    problem: '不是可以导入的文件类型（只接受 .docx、.pdf 和 .txt）',
    advice: '如果是简报，请另存为 .docx 或 PDF 后再导入',
  },
  encoding: {
    short: '文本编码无法识别，请另存为 UTF-8',
    problem: '文本文件的编码无法识别',
    advice: '请用记事本打开，“另存为”时编码选“UTF-8”，再导入',
  },
  empty: { short: '没有文字', problem: '文件里没有文字', advice: '请确认选对了文件' },
  notBulletin: {
    short: '看不出是简报（没有报头和日期）',
    problem: '看不出是一期简报：没有找到报头“……简报第N期”，也没有找到印发日期',
    advice: '请确认选对了文件；如确是简报，请对照编辑指南“三、新增一期简报”手工录入',
  },
} as const;

export type RefusalReason = keyof typeof REFUSALS;

export type ReadResult = { ok: true; document: SourceDocument } | { ok: false; reason: RefusalReason };

export const refusal = (reason: RefusalReason): ReadResult => ({ ok: false, reason });

/** `不能导入 X：problem。advice。` */
export function refusalMessage(reason: RefusalReason): string {
  const { problem, advice } = REFUSALS[reason];
  return `${problem}。${advice}。`;
}
