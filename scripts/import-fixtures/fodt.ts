/**
 * Lays a synthetic bulletin out as a Flat ODT document in the printed layout of GB/T 9704: red
 * two-line masthead, 第N期, issuer and date on one line over a red rule, centred title, body in a
 * serif face at 16 pt indented two characters, bold section headings, page numbers at the foot, and
 * the 报/发 footer between rules. LibreOffice converts it to .docx and PDF.
 */
import type { BodyPart, SyntheticBulletin } from './bulletins.ts';

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const SERIF = 'Noto Serif CJK SC';
const SANS = 'Noto Sans CJK SC';

function font(name: string, size: string, extra = '') {
  return `style:font-name="${name}" style:font-name-asian="${name}" fo:font-size="${size}" style:font-size-asian="${size}"${extra}`;
}

const STYLES = `
  <office:font-face-decls>
    <style:font-face style:name="${SERIF}" svg:font-family="'${SERIF}'" style:font-family-generic="roman"/>
    <style:font-face style:name="${SANS}" svg:font-family="'${SANS}'" style:font-family-generic="swiss"/>
  </office:font-face-decls>
  <office:styles>
    <style:default-style style:family="paragraph">
      <style:paragraph-properties style:line-break="strict" style:writing-mode="lr-tb"/>
      <style:text-properties ${font(SERIF, '16pt')} fo:language="zh" fo:country="CN" style:language-asian="zh" style:country-asian="CN"/>
    </style:default-style>
    <style:style style:name="Standard" style:family="paragraph" style:class="text"/>
    <style:style style:name="Masthead" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="center" fo:line-height="120%"/>
      <style:text-properties ${font(SERIF, '28pt', ' fo:font-weight="bold" style:font-weight-asian="bold"')} fo:color="#e60012"/>
    </style:style>
    <style:style style:name="Issue" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="center" fo:margin-top="12pt" fo:margin-bottom="12pt"/>
    </style:style>
    <style:style style:name="IssuerDate" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:margin-left="8pt" fo:margin-right="8pt" fo:padding-bottom="6pt" fo:border-bottom="2pt solid #e60012" fo:margin-bottom="24pt">
        <style:tab-stops><style:tab-stop style:position="425pt" style:type="right"/></style:tab-stops>
      </style:paragraph-properties>
    </style:style>
    <style:style style:name="RedRule" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:padding-bottom="2pt" fo:border-bottom="2pt solid #e60012" fo:margin-bottom="24pt" fo:line-height="4pt"/>
      <style:text-properties fo:font-size="2pt" style:font-size-asian="2pt"/>
    </style:style>
    <style:style style:name="Title" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="center" fo:margin-bottom="18pt" fo:line-height="130%"/>
      <style:text-properties ${font(SERIF, '22pt', ' fo:font-weight="bold" style:font-weight-asian="bold"')}/>
    </style:style>
    <style:style style:name="Body" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="justify" fo:text-indent="32pt" fo:line-height="29pt"/>
    </style:style>
    <style:style style:name="Unindented" style:family="paragraph" style:parent-style-name="Body">
      <style:paragraph-properties fo:text-indent="0pt"/>
    </style:style>
    <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph" style:parent-style-name="Body" style:default-outline-level="1">
      <style:text-properties ${font(SANS, '16pt', ' fo:font-weight="bold" style:font-weight-asian="bold"')}/>
    </style:style>
    <style:style style:name="BoxText" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="justify" fo:line-height="24pt"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
    <style:style style:name="Cell" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="center"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
    <style:style style:name="FooterFirst" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:margin-top="12pt" fo:padding-top="4pt" fo:border-top="1pt solid #000000" fo:margin-left="14pt" fo:margin-right="14pt" fo:line-height="24pt"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
    <style:style style:name="FooterLine" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:margin-left="14pt" fo:margin-right="14pt" fo:line-height="24pt"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
    <style:style style:name="FooterLast" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:margin-left="14pt" fo:margin-right="14pt" fo:padding-bottom="4pt" fo:border-bottom="1pt solid #000000" fo:line-height="24pt"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
    <style:style style:name="PageNumber" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="center"/>
      <style:text-properties ${font(SERIF, '14pt')}/>
    </style:style>
  </office:styles>
  <office:automatic-styles>
    <style:style style:name="Bold" style:family="text">
      <style:text-properties ${font(SANS, '16pt', ' fo:font-weight="bold" style:font-weight-asian="bold"')}/>
    </style:style>
    <style:style style:name="Plain" style:family="table">
      <style:table-properties style:width="440pt" table:align="center"/>
    </style:style>
    <style:style style:name="Ruled" style:family="table">
      <style:table-properties style:width="440pt" table:align="center" fo:margin-top="6pt" fo:margin-bottom="6pt"/>
    </style:style>
    <style:style style:name="QuarterColumn" style:family="table-column">
      <style:table-column-properties style:column-width="110pt"/>
    </style:style>
    <style:style style:name="IssuerColumn" style:family="table-column">
      <style:table-column-properties style:column-width="300pt"/>
    </style:style>
    <style:style style:name="DateColumn" style:family="table-column">
      <style:table-column-properties style:column-width="140pt"/>
    </style:style>
    <style:style style:name="IssuerCell" style:family="table-cell">
      <style:table-cell-properties fo:border="none" fo:border-bottom="2pt solid #e60012" fo:padding-bottom="6pt"/>
    </style:style>
    <style:style style:name="GridCell" style:family="table-cell">
      <style:table-cell-properties fo:border="0.5pt solid #000000" fo:padding="2pt"/>
    </style:style>
    <style:style style:name="Right" style:family="paragraph" style:parent-style-name="Standard">
      <style:paragraph-properties fo:text-align="end"/>
    </style:style>
    <style:style style:name="TextBoxFrame" style:family="graphic">
      <style:graphic-properties fo:border="0.5pt solid #000000" fo:padding="4pt" draw:fill="none" style:wrap="none" style:vertical-pos="top" style:horizontal-pos="center" style:horizontal-rel="paragraph"/>
    </style:style>
    <style:page-layout style:name="A4">
      <style:page-layout-properties fo:page-width="210mm" fo:page-height="297mm" fo:margin-top="37mm" fo:margin-bottom="20mm" fo:margin-left="26.5mm" fo:margin-right="25mm"/>
      <style:footer-style><style:header-footer-properties fo:min-height="15mm" fo:margin-top="5mm"/></style:footer-style>
    </style:page-layout>
  </office:automatic-styles>`;

function master(bulletin: SyntheticBulletin) {
  const page = '<text:page-number text:select-page="current">1</text:page-number>';
  const number = { dash: `— ${page} —`, hyphen: `-${page}-`, plain: page }[bulletin.pageNumbers];
  return `
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="A4">
      <style:footer><text:p text:style-name="PageNumber">${number}</text:p></style:footer>
    </style:master-page>
  </office:master-styles>`;
}

function arabicDate(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/** 2017-03-06 → 二〇一七年三月六日, as older 公文 print dates. */
function chineseDate(iso: string): string {
  const digits = '〇一二三四五六七八九';
  const [year, month, day] = iso.split('-');
  const number = (n: number) =>
    n < 10 ? digits[n]! : `${n >= 20 ? digits[Math.floor(n / 10)]! : ''}十${n % 10 ? digits[n % 10]! : ''}`;
  return `${[...year!].map((d) => digits[Number(d)]!).join('')}年${number(Number(month))}月${number(Number(day))}日`;
}

const cellParagraph = (text: string, style = 'Cell') =>
  `<text:p text:style-name="${style}">${escape(text)}</text:p>`;

function masthead(bulletin: SyntheticBulletin): string {
  const [first, second] = bulletin.seriesLines;
  const series =
    bulletin.seriesAs === 'paragraphs'
      ? `<text:p text:style-name="Masthead">${escape(first)}</text:p><text:p text:style-name="Masthead">${escape(second)}</text:p>`
      : `<text:p text:style-name="Masthead">${escape(first)}<text:line-break/>${escape(second)}</text:p>`;
  const date = bulletin.wordHabits ? chineseDate(bulletin.date) : arabicDate(bulletin.date);
  const issuerDate =
    bulletin.issuerDateAs === 'tab'
      ? `<text:p text:style-name="IssuerDate">${escape(bulletin.issuer)}<text:tab/>${escape(date)}</text:p>`
      : `<table:table table:name="Masthead" table:style-name="Plain">
          <table:table-column table:style-name="IssuerColumn"/><table:table-column table:style-name="DateColumn"/>
          <table:table-row>
            <table:table-cell table:style-name="IssuerCell" office:value-type="string">${cellParagraph(bulletin.issuer, 'Standard')}</table:table-cell>
            <table:table-cell table:style-name="IssuerCell" office:value-type="string">${cellParagraph(date, 'Right')}</table:table-cell>
          </table:table-row>
        </table:table>
        <text:p text:style-name="RedRule"/>`;
  return `${series}
    <text:p text:style-name="Issue">第${bulletin.issue}期</text:p>
    ${issuerDate}
    <text:p text:style-name="Title">${escape(bulletin.title)}</text:p>`;
}

function bodyPart(part: BodyPart, index: number, habits: boolean): string {
  if (habits && 'paragraph' in part) {
    return `<text:p text:style-name="Unindented">\u3000\u3000${escape(part.paragraph)}</text:p>`;
  }
  if ('heading' in part) {
    return part.style === 'word-heading'
      ? `<text:h text:style-name="Heading_20_1" text:outline-level="1">${escape(part.heading)}</text:h>`
      : `<text:p text:style-name="Body"><text:span text:style-name="Bold">${escape(part.heading)}</text:span></text:p>`;
  }
  if ('runInHeading' in part) {
    return `<text:p text:style-name="Body"><text:span text:style-name="Bold">${escape(part.runInHeading)}</text:span>${escape(part.text)}</text:p>`;
  }
  if ('paragraph' in part) return `<text:p text:style-name="Body">${escape(part.paragraph)}</text:p>`;
  if ('textBox' in part) {
    return `<text:p text:style-name="Standard"><draw:frame draw:style-name="TextBoxFrame" draw:name="Box${index}" text:anchor-type="as-char" svg:width="440pt" draw:z-index="0"><draw:text-box fo:min-height="20pt">${cellParagraph(part.textBox, 'BoxText')}</draw:text-box></draw:frame></text:p>`;
  }
  const columns = part.table[0]!.length;
  const rows = part.table
    .map(
      (row) =>
        `<table:table-row>${row
          .map(
            (cell) =>
              `<table:table-cell table:style-name="GridCell" office:value-type="string">${cellParagraph(cell)}</table:table-cell>`,
          )
          .join('')}</table:table-row>`,
    )
    .join('\n');
  return `<table:table table:name="Table${index}" table:style-name="Ruled"><table:table-column table:style-name="QuarterColumn" table:number-columns-repeated="${columns}"/>${rows}</table:table>`;
}

function footer(bulletin: SyntheticBulletin): string {
  const distributed = [...bulletin.distributedTo, ...(bulletin.filed ? ['存档'] : [])];
  const lines = [`报：${bulletin.sentTo.join('，')}。`, `发：${distributed.join('，')}。`];
  if (bulletin.printedBy) lines.push(`${bulletin.issuer}\u3000\u3000${arabicDate(bulletin.date)}印发`);
  if (bulletin.printRun !== undefined) lines.push(`（共印${bulletin.printRun}份）`);
  return lines
    .map((line, i) => {
      const style = i === 0 ? 'FooterFirst' : i === lines.length - 1 ? 'FooterLast' : 'FooterLine';
      return `<text:p text:style-name="${style}">${escape(line)}</text:p>`;
    })
    .join('\n');
}

const DOCUMENT_START = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
  xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
  xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
  xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
  xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
  xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
  xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"
  xmlns:xlink="http://www.w3.org/1999/xlink"
  office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">`;

/** The bulletin as a Flat ODT document (one XML file LibreOffice opens directly). */
export function renderFodt(bulletin: SyntheticBulletin): string {
  return `${DOCUMENT_START}
  ${STYLES}
  ${master(bulletin)}
  <office:body>
    <office:text>
    ${masthead(bulletin)}
    ${bulletin.body.map((part, i) => bodyPart(part, i, bulletin.wordHabits === true)).join('\n    ')}
    ${footer(bulletin)}
    </office:text>
  </office:body>
</office:document>
`;
}

/** A page that is only a picture (a JPEG of a printed page), as a scanner makes: no text at all. */
export function renderScanFodt(jpeg: Buffer): string {
  return `${DOCUMENT_START}
  ${STYLES}
  <office:master-styles>
    <style:master-page style:name="Standard" style:page-layout-name="A4"/>
  </office:master-styles>
  <office:body>
    <office:text>
      <text:p text:style-name="Standard"><draw:frame draw:name="Scan" text:anchor-type="as-char" svg:width="150mm" svg:height="212mm"><draw:image><office:binary-data>${jpeg.toString('base64')}</office:binary-data></draw:image></draw:frame></text:p>
    </office:text>
  </office:body>
</office:document>
`;
}
