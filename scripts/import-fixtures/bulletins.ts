/**
 * Synthetic bulletins in the printed layout (GB/T 9704), the ground truth of the importer's office
 * fixtures: `make-import-fixtures.sh` lays each out as a Flat ODT file, LibreOffice turns it into
 * .docx and PDF, and the importer must give back exactly this. Every name is 测试…, every figure
 * invented, and each text says it is test data.
 */

export type BodyPart =
  | { heading: string; style?: 'bold' | 'word-heading' }
  /** A heading printed bold at the start of its paragraph, followed by the paragraph's text. */
  | { runInHeading: string; text: string }
  | { paragraph: string }
  /** A table carried into the draft as one paragraph per row, cells separated by a full-width space. */
  | { table: string[][] }
  | { textBox: string };

export interface SyntheticBulletin {
  /** File stem of the fixtures made from it. */
  name: string;
  /** The masthead title as printed: two lines. */
  seriesLines: [string, string];
  /** The two masthead lines as separate paragraphs, or one paragraph with a line break. */
  seriesAs: 'paragraphs' | 'line-break';
  issue: number;
  /** YYYY-MM-DD. */
  date: string;
  issuer: string;
  /** Issuer and date on one line: separated by a right tab, or in the two cells of a borderless table. */
  issuerDateAs: 'tab' | 'table';
  title: string;
  body: BodyPart[];
  sentTo: string[];
  distributedTo: string[];
  filed: boolean;
  printRun?: number;
  contact?: { phone: string; email: string };
  /** `— 3 —`, `-3-` or a bare `3` at the foot of each page. */
  pageNumbers: 'dash' | 'hyphen' | 'plain';
  /** Habits of Word users: paragraphs indented with two full-width spaces, the date in Chinese numerals. */
  wordHabits?: boolean;
  /** The 版记's last line: issuer and date, `…印发`. */
  printedBy?: boolean;
}

const SERIES_LINES: [string, string] = ['基层党组织“第一书记”暨后进村', '帮扶工作简报'];
const ISSUER = '测试县后进村帮扶工作领导小组办公室';

export const SYNTHETIC_BULLETINS: SyntheticBulletin[] = [
  {
    name: 'office-a',
    seriesLines: SERIES_LINES,
    seriesAs: 'paragraphs',
    issue: 6,
    date: '2015-09-18',
    issuer: ISSUER,
    issuerDateAs: 'tab',
    title: '测试县后进村帮扶工作进展情况通报',
    pageNumbers: 'dash',
    body: [
      {
        paragraph:
          '本文为测试数据，文中的单位、村庄、人名和数字均为虚构。为了解后进村帮扶工作进展情况，测试县帮扶办于9月上旬组织了3个督查组，采取入村查看、座谈了解等方式，对全县48个后进村帮扶工作队进行了督查。现将有关情况通报如下：',
      },
      { heading: '一、工作进展情况' },
      {
        paragraph:
          '从督查情况看，各帮扶部门和单位高度重视，工作队员驻村扎实，帮扶工作总体进展顺利，多数村的面貌有了新的变化。',
      },
      {
        paragraph:
          '1、对接到位。全县48个帮扶工作队，有47个已经对接到位，担任“第一书记”的干部已经全部将党员组织关系转到村里。',
      },
      {
        paragraph:
          // Laid out so that the line breaks inside 3420 (342 / 0万元).
          '2、项目推进。各工作队累计实施项目96项，完成投资3420万元，其中争取上级资金1260万元，群众普遍满意。',
      },
      {
        paragraph:
          '测试县住建局驻测试甲村工作队制定了三年帮扶规划，已硬化村内道路2条共计1500余米，新打机井2眼，村文化广场预计10月底完工。',
      },
      {
        paragraph:
          '测试县水利局驻测试乙村工作队协调资金20万元，建成扬水站1座，解决了测试乙村300余亩耕地的灌溉问题。',
      },
      { heading: '二、存在的问题' },
      { paragraph: '一是个别单位主要领导重视不够，至今没有到村走访，对工作队的工作过问不多。' },
      { paragraph: '二是部分工作队进度缓慢，帮扶事项还停留在规划阶段，没有实质性进展。' },
      { paragraph: '三是少数工作队员驻村时间不足，工作日志记录简单，不能反映真实工作情况。' },
      { heading: '三、下步工作要求' },
      { paragraph: '一要加快进度。各工作队要对照年度计划，倒排工期，确保帮扶事项年底前见到实效。' },
      { paragraph: '二要强化督导。县帮扶办将每月开展一次明查暗访，对进度缓慢的单位予以通报。' },
      {
        paragraph: '各工作队要于10月底前报送帮扶工作进展材料（联系电话5551234，电子邮箱test@example.org）。',
      },
    ],
    sentTo: ['测试市帮扶办', '县级领导'],
    distributedTo: ['各乡镇党委', '县直各部门', '各驻村工作队'],
    filed: true,
    printRun: 120,
    contact: { phone: '5551234', email: 'test@example.org' },
  },
  {
    name: 'office-b',
    seriesLines: SERIES_LINES,
    seriesAs: 'line-break',
    issue: 3,
    date: '2016-04-12',
    issuer: ISSUER,
    issuerDateAs: 'table',
    title: '关于测试县2016年第一季度后进村帮扶工作督查情况的通报',
    pageNumbers: 'hyphen',
    body: [
      {
        paragraph:
          '本文为测试数据，不是真实的简报。根据县委安排，3月下旬，测试县帮扶办对全县48个后进村帮扶工作队第一季度的工作进行了集中督查。现将督查情况通报如下：',
      },
      { heading: '一、督查基本情况' },
      {
        paragraph:
          '今年以来，各帮扶部门和单位认真落实帮扶责任，及时调整充实工作队员，帮扶工作保持了良好势头。全县48个帮扶工作队中，已有45个单位的主要领导到村走访，共走访农户1860户，收集意见建议230余条。',
      },
      {
        paragraph:
          '测试县交通局驻测试丙村工作队争取资金85万元，新修测试丙村至测试丁村道路3.2公里，路面硬化工程已经完成招标，预计5月中旬开工。',
      },
      { textBox: '本期为测试数据。以下表格所列事项、单位和数字均为虚构，仅供检验导入程序使用。' },
      {
        table: [
          ['帮扶单位', '帮扶村', '重点事项', '进展'],
          ['测试县交通局', '测试丙村', '道路硬化', '已招标'],
          ['测试县卫计局', '测试丁村', '卫生室改造', '施工中'],
          ['测试县供销社', '测试戊村', '农资超市', '已完成'],
        ],
      },
      {
        paragraph:
          '测试县卫计局驻测试丁村工作队投入资金12万元，对村卫生室进行改造，新购置诊疗设备6台，目前改造工程已完成主体施工。测试县供销社驻测试戊村工作队协调建设农资超市1处，已于3月20日开业，方便了周边4个村的群众。',
      },
      {
        runInHeading: '二、存在的问题',
        text: '一是个别工作队思路不清，帮扶事项确定后迟迟没有启动；二是部分村两委班子作用发挥不够，依赖工作队的思想比较严重；三是有的工作队宣传不到位，群众对帮扶政策了解不多。',
      },
      { heading: '三、下步工作要求', style: 'word-heading' },
      {
        paragraph:
          '一要压实责任。各帮扶部门和单位主要领导要亲自过问帮扶工作，每季度至少到村一次，帮助解决实际困难。',
      },
      {
        paragraph:
          '二要突出重点。各工作队要围绕三项重大帮扶事项，集中力量抓好道路、饮水、产业等项目建设，确保年内完成。',
      },
      {
        paragraph:
          '三要严格考核。县帮扶办将把督查结果纳入年度考核，对工作不力、进展缓慢的单位在全县范围内通报批评。',
      },
      {
        paragraph:
          '测试县帮扶办将于6月组织第二轮督查，重点检查各工作队帮扶事项推进情况和本次通报问题的整改情况。',
      },
    ],
    sentTo: ['测试市帮扶办', '县委、县政府领导'],
    distributedTo: ['各乡镇党委', '县直有关部门', '各驻村工作队'],
    filed: false,
    printRun: 90,
  },
  {
    name: 'office-c',
    seriesLines: ['基层党组织“第一书记”暨后进村', '帮 扶 工 作 简 报'],
    seriesAs: 'paragraphs',
    issue: 1,
    date: '2017-03-06',
    issuer: ISSUER,
    issuerDateAs: 'tab',
    title: '测试县第一书记培训工作情况',
    pageNumbers: 'plain',
    wordHabits: true,
    printedBy: true,
    body: [
      {
        paragraph:
          '本文为测试数据。2月下旬，测试县帮扶办举办了第一书记培训班，全县48名第一书记和部分工作队员参加了培训。',
      },
      { heading: '一、培训内容' },
      {
        paragraph:
          '培训邀请测试县农业局、测试县财政局的同志，围绕产业发展、项目申报、资金管理等内容进行了专题辅导，并组织学员到测试己村现场观摩。',
      },
      { heading: '二、主要成效' },
      {
        paragraph:
          '通过培训，第一书记进一步理清了帮扶思路，掌握了工作方法。学员普遍反映，培训内容实用，对做好下步工作帮助很大。',
      },
      { heading: '三、下步打算' },
      { paragraph: '测试县帮扶办将每半年组织一次集中培训，并建立第一书记交流群，及时推广好经验好做法。' },
    ],
    sentTo: ['测试市帮扶办'],
    distributedTo: ['各乡镇党委', '各驻村工作队'],
    filed: true,
    printRun: 60,
  },
];

/**
 * A long synthetic bulletin for timing the PDF reader: the sections of `office-a` repeated with
 * numbered variations until it fills about `pages` pages.
 */
export function longBulletin(pages: number): SyntheticBulletin {
  const paragraphsPerPage = 6.4;
  const body: BodyPart[] = [
    {
      paragraph:
        '本文为测试数据，供测量导入程序速度使用，文中的单位、村庄和数字均为虚构。现将各测试工作队情况通报如下：',
    },
  ];
  const sections = ['一', '二', '三', '四', '五', '六', '七', '八'];
  const perSection = Math.ceil((pages * paragraphsPerPage) / sections.length);
  sections.forEach((numeral, s) => {
    body.push({ heading: `${numeral}、第${s + 1}组督查情况` });
    for (let p = 1; p <= perSection; p++) {
      const n = s * perSection + p;
      body.push({
        paragraph: `测试县第${n}帮扶单位驻测试${n}村工作队制定了三年帮扶规划，已硬化村内道路${(n % 5) + 1}条共计${1000 + n * 10}余米，新打机井${(n % 3) + 1}眼，协调资金${10 + n}万元，村文化广场预计${(n % 12) + 1}月底完工，群众普遍满意。`,
      });
    }
  });
  return {
    ...SYNTHETIC_BULLETINS[0]!,
    name: `long-${pages}-pages`,
    issue: 20,
    title: '测试县后进村帮扶工作督查情况汇总通报',
    body,
  };
}
