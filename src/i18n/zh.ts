/** Every Chinese label the site and the validator show, in one place. */

export const UNSTATED = '未载明';

export const SITE = {
  name: '招远市后进村帮扶工作简报档案',
  shortName: '后进村帮扶简报档案',
  issuer: '招远市后进村帮扶工作领导小组办公室',
  issuerShort: '市帮扶办',
  citationSeries: '招远市后进村帮扶工作简报',
} as const;

export const COLLECTION_LABELS = {
  indicators: '指标',
  bulletins: '简报',
  towns: '镇街',
  units: '帮扶单位',
  villages: '后进村',
  teams: '帮扶工作队',
  items: '帮扶事项',
  cases: '典型案例',
} as const;

export const TOWN_KIND_LABELS = {
  town: '镇',
  subdistrict: '街道',
  zone: '区',
} as const;

export const UNIT_KIND_LABELS = {
  partyGov: '党政机关',
  judicial: '司法机关',
  institution: '事业单位',
  massOrg: '群团组织',
  stateEnterprise: '国有企业',
  financial: '金融企业',
  other: '其他',
} as const;

export const ITEM_STATUS_LABELS = {
  planned: '规划中',
  negotiating: '洽谈中',
  designDone: '设计完成',
  approved: '手续办结',
  underConstruction: '施工中',
  completed: '已完成',
  suspended: '暂停',
} as const;

export const ITEM_CATEGORY_LABELS = {
  road: '道路硬化',
  water: '水利饮水',
  power: '电力设施',
  greening: '绿化美化',
  facility: '公共设施',
  energy: '清洁能源',
  investment: '招商引资',
  employment: '就业增收',
  stability: '社会稳定',
  other: '其他',
} as const;

/** Approximation markers as printed: 约2000平方米, 80余亩. */
export const APPROX_LABELS = {
  exact: '',
  about: '约',
  over: '余',
} as const;

export const DEKAD_LABELS = {
  early: '上旬',
  mid: '中旬',
  late: '下旬',
} as const;

export const LATE_LABEL = '逾期';

/** What the team entries record, as the team, unit and village pages and the downloads name it. */
export const TEAM_STATE_LABELS = {
  firstSecretary: '第一书记',
  docked: '对接到位',
  headVisit: '主要领导入村走访',
  threeYearPlan: '三年帮扶规划',
  annualPlan: '年度工作计划',
  majorItemsSubmitted: '提交三项重大帮扶事项',
  praise: '简报评价',
} as const;

export const YES_NO_LABELS = { yes: '是', no: '否' } as const;

/** A village's place on the lagging-village list, as a bulletin reports it. */
export const LISTING_STATUS_LABELS = {
  listed: '列为后进村',
  exited: '已出列',
} as const;

/** What the state download calls a village's place on the list. */
export const LISTING_LABEL = '后进村名单';

/** How the details of a state report read: 2015年5月起, 多次走访. */
export const STATE_DETAIL_LABELS = {
  since: (date: string) => `${date}起`,
  repeated: '多次',
} as const;

/** A team's name as the bulletins word it: 市住建局驻西沟子村工作队, or 市财政局工作队 where the village is unstated. */
export const teamName = (unit: string | undefined, village: string | undefined) =>
  `${unit ?? UNSTATED}${village ? `驻${village}` : ''}工作队`;

/** Column heads of the long-form downloads: every item status report, every team and village state report. */
export const REPORT_DOWNLOAD_LABELS = {
  item: '事项编号',
  team: '工作队编号',
  subject: '对象',
  subjects: { team: '工作队', village: '后进村' },
  state: '报告事项',
  value: '报告内容',
  date: '事情发生时间',
  bulletin: '简报',
  bulletinDate: '简报印发日期',
  quote: '简报原话',
  note: '编辑说明',
  url: '网址',
  indicator: '指标编号',
  indicatorLabel: '指标',
  unit: '单位',
  figureValue: '数值',
  approx: '约数',
  printed: '简报所印',
  integer: '只能是整数',
  partOf: '是哪个指标的一部分',
  sumOf: '等于哪些指标之和',
  scoreboard: '显示在首页最新进展',
  order: '排列顺序',
} as const;
/** Column and facet names of the assistance-item ledger, its pages and its downloads. */
export const LEDGER_LABELS = {
  village: '后进村',
  town: '镇街区',
  unit: '帮扶单位',
  title: '事项',
  category: '类别',
  quantity: '数量',
  money: '金额',
  status: '进展',
  expected: '预计完成',
  lastReport: '最近报告',
  major: '三项重大帮扶事项',
  late: '是否逾期',
} as const;

/** Chart titles, column heads and the notes around the charts. */
export const CHART_LABELS = {
  figures: '历次督查通报的数字',
  figureChanges: '各项数字最近一次与上次通报相比',
  unit: '单位：',
  latestReport: '最近通报',
  completion: '最新一期完成情况',
  statusByCategory: '帮扶事项进展（按类别）',
  statusByTown: '帮扶事项进展（按镇街区）',
  statusByUnit: '帮扶事项进展（按帮扶单位）',
  completedOverTime: '累计完成的帮扶事项',
  villageTimeline: '本村帮扶事项进展',
  townVillages: '各村帮扶事项进展',
  axisBulletin: '简报',
  axisCategory: '类别',
  axisTown: '镇街区',
  axisUnit: '帮扶单位',
  axisVillage: '村',
  axisRate: '指标',
  done: '已完成',
  total: '总数',
  percent: '比例（%）',
  previous: '上次通报',
  latest: '最近一期',
  change: '变化',
  cumulative: '累计已完成',
  newlyCompleted: '本期新增完成',
  source: '来源：',
  sourcesJoin: '、',
  csv: '下载数据（CSV）',
  table: '数据表',
  canvasHint: '图表，数字见下方数据表',
  singleRound: '目前档案中只有一期简报，图中只有这一期的数字；以后各期发布后，这里将显示逐期变化。',
  latestStatusNote: '每个事项按简报最近一次报告的进展计入；村或镇街区未载明的事项计入“未载明”。',
  timelineNote: '每期按截至该期最近一次报告的进展计入。',
  completedNote: '每个事项在简报首次报告“已完成”的那一期计入。',
  approxNote: '简报写作“约”“余”的数，图和数据表按所印数字列出；“约”“余”见最近与上次通报的对照表和各期简报。',
  more: '查看全部进展图表',
} as const;

/** The progress page. */
export const PROGRESS_PAGE = {
  title: '帮扶工作进展',
  description: '历次督查通报的数字、最新一期完成情况和帮扶事项进展，附数据表和 CSV 下载。',
  intro: '以下图表的数字全部取自已发布的简报；每张图下都有同样数字的数据表，可下载 CSV。',
  empty: '简报尚未报告可以统计的数字。',
} as const;

/** The bulletin page around the body: issue links, citation, figures, item reports, cases. */
export const BULLETIN_LABELS = {
  passageLink: '本段链接',
  footnotes: '注释',
  issueNav: '前后各期',
  previous: '上一期',
  next: '下一期',
  cite: '引用本期',
  permalink: '永久链接',
  figures: '本期通报的数字',
  ofWhole: '共',
  itemReports: '本期报告的事项进展',
  stateReports: '本期报告的工作队和后进村情况',
  cases: '出自本期的典型案例',
  byYear: '按年份',
  issuesCount: (n: number) => `共 ${n} 期`,
} as const;

/** The home page's scoreboard of the latest figures. */
export const SCOREBOARD_LABELS = {
  heading: '最新进展',
  asOf: '截至',
  since: '较',
  up: '增加',
  down: '减少',
  same: '持平',
} as const;

/** A city's or province's portal over several county archives (`npm run build:portal`). */
export const PORTAL_LABELS = {
  nav: { home: '各县市区', compare: '指标对比', search: '搜索' },
  navLabel: '门户导航',
  skip: '跳到正文',
  intro: (n: number) =>
    `本门户汇集 ${n} 个县市区各自发布的帮扶工作简报档案。以下数字均取自各县市区网站的数据下载，按其最近一期简报的报告列出。`,
  visit: '访问该县市区网站',
  indicator: '指标',
  latest: '最新报告',
  asOf: '报告期次',
  change: '较上次报告',
  up: '增加',
  down: '减少',
  same: '持平',
  firstReport: '首次报告',
  noFigures: '该县市区的简报尚未报告数字。',
  missing: (what: string) => `数据缺失：${what}。`,
  compareIntro: '各县市区都报告过的指标，取各自最近一次报告的数字；括号内为报告期次。',
  compareNone: '各县市区没有共同报告过的指标。',
  member: '县市区',
  notCompared: (names: string) => `未列入对比（数据缺失或未报告共同指标）：${names}`,
  searchIntro: '同时搜索所有县市区的档案；结果链接到各县市区自己的网站，可按县市区筛选。',
  searchTitle: '搜索各县市区档案',
} as const;

/** Site navigation and section names, as the header, home page and 404 page show them. */
export const NAV_LABELS = {
  main: '主导航',
  home: '首页',
  bulletins: '简报',
  villages: '后进村',
  units: '帮扶单位',
  teams: '帮扶工作队',
  towns: '镇街区',
  items: '帮扶事项',
  lateItems: '逾期事项',
  cases: '典型案例',
  progress: '进展图表',
  search: '搜索',
  about: '关于',
  skip: '跳到正文',
  feed: 'RSS 订阅',
} as const;

/** What kind of page a search result is; also the values of the search page's 类型 filter. */
export const SEARCH_TYPE_LABELS = {
  bulletin: '简报',
  village: '村',
  unit: '单位',
  team: '工作队',
  town: '镇街',
  item: '帮扶事项',
  case: '典型案例',
} as const;

/** The search box, the search page and its filters. */
export const SEARCH_LABELS = {
  box: '搜索全站',
  placeholder: '村名、人名、单位、事项、简报原文',
  submit: '搜索',
  pageTitle: '搜索',
  intro:
    '在全站的工作简报、后进村、帮扶单位、驻村工作队、镇街区、帮扶事项和典型案例中查找村名、单位、人名、事项或简报原文中的词语。每条结果列出标题、类型、日期和含有所查词语的原文片段；打开结果，页面直接跳到那一段，并标出所查词语。',
  filters: {
    county: '县市区',
    type: '类型',
    year: '年份',
    town: '镇街',
    unit: '帮扶单位',
    status: '事项状态',
  },
  all: '全部',
  filterPanel: '按类型、年份、镇街等筛选',
  sort: '排序',
  sorts: { relevance: '相关程度', newest: '日期（新→旧）', oldest: '日期（旧→新）' },
  loading: '正在搜索…',
  more: '显示更多结果',
  noScript: '搜索需要浏览器启用 JavaScript。也可以从以下目录查找：',
  failed: '搜索暂时无法使用。可以从以下目录查找：',
  prompt: '请输入要查找的词语。多个词语用空格分开，结果须同时包含这些词语。',
  found: (n: number, q: string) => `找到 ${n} 条包含“${q}”的结果`,
  none: (q: string) => `没有找到包含“${q}”的内容。可以检查用字，减少词语，或从以下目录查找：`,
  browse: '按目录查找',
  indexes: { bulletins: '全部简报', villages: '后进村', items: '帮扶事项' },
  /** A portal's note on a member archive its search had to leave out. */
  leftOut: (name: string, reason: 'unreachable' | 'version' | 'terms', found?: string, expected?: string) =>
    reason === 'version'
      ? `${name}：搜索索引由 Pagefind ${found ?? '未知版本'} 生成，与本门户使用的 ${expected ?? ''} 不同，本次搜索未包含${name}的内容。`
      : reason === 'terms'
        ? `${name}：搜索索引由较早版本的档案程序生成，索引方式与本门户不同，本次搜索未包含${name}的内容。请该县市区更新档案程序后重新发布。`
        : `${name}：搜索索引暂时无法读取，本次搜索未包含${name}的内容。`,
  noMember: '所有县市区的搜索索引都暂时无法读取。可以直接访问各县市区的网站：',
} as const;

/** One line under each section link on the home and 404 pages. */
export const SECTION_DESCRIPTIONS = {
  bulletins: '历期工作简报全文，按年份排列',
  villages: '每个后进村的工作队、帮扶事项和简报记载',
  units: '帮扶部门和单位的对接、走访和重大事项情况',
  teams: '每支驻村工作队的第一书记、对接、走访、规划和重大事项，逐期记录',
  towns: '各镇街区的后进村和好做法',
  items: '全部帮扶事项一览，可按状态、类别、镇街筛选',
  lateItems: '预计完成时间已过、未报告完成也未暂停的事项',
  cases: '简报推介的好经验、好做法',
  progress: '历次通报数字的变化',
  search: '按村名、单位、人名或事项查找',
  about: '帮扶工作、编发单位和本站内容的来源',
} as const;

/** The entity pages (villages, units, towns), the item ledger and its pages, the case pages. */
export const ARCHIVE_LABELS = {
  titles: {
    villages: '后进村',
    units: '帮扶单位',
    teams: '帮扶工作队',
    towns: '镇街区',
    items: '帮扶事项台账',
    late: '逾期帮扶事项',
    cases: '典型案例',
  },
  sections: {
    about: '基本情况',
    teams: '帮扶工作队',
    state: '最近报告的工作队情况',
    stateHistory: '历次报告',
    listing: '后进村名单',
    praise: '简报评价',
    items: '帮扶事项',
    timeline: '简报记录',
    mentions: '简报中提及之处',
    cases: '典型案例',
    villages: '辖区后进村',
    practices: '简报表扬的做法',
    statusCounts: '帮扶事项进展统计',
    history: '进展记录',
    downloads: '下载数据',
    facets: '筛选',
  },
  fields: {
    town: '所属镇街区',
    unit: '帮扶单位',
    village: '所驻村',
    team: '帮扶工作队',
    firstSecretary: '第一书记',
    branchSecretary: '村党支部书记',
    members: '工作队员',
    fullName: '单位全称',
    kind: '单位类别',
    asOf: '截至',
    source: '出处',
    quote: '简报原话',
    bulletin: '简报',
    about: '涉及',
    count: '数量',
    note: '说明',
    listing: '名单情况',
    inText: '原文',
  },
  none: {
    items: '简报未载明帮扶事项。',
    mentions: '已发布的简报中没有提及。',
    timeline: '简报没有关于此村的报告。',
    state: '简报没有报告此工作队的情况。',
    listing: '简报没有报告本村列入或退出后进村名单。',
    teams: '还没有录入工作队。',
    cases: '暂无典型案例。',
    villages: '简报未载明本镇街区的后进村。',
    late: '目前没有逾期的帮扶事项。',
  },
  /** Link from a unit's or village's page to its team's own page. */
  teamRecord: (team: string) => `${team}的全部记录`,
  ledger: {
    intro:
      '简报报告过的每一项帮扶事项。进展以最近一期报告为准；预计完成时间已过、仍未报告完成（也未暂停）的标为“逾期”。',
    lateRule: (date: string) =>
      `按最新一期简报的日期（${date}）计算：预计完成时间已过而最近一次报告既未完成也未暂停的事项。`,
    showing: (shown: number, total: number) => `显示 ${shown} 项，共 ${total} 项`,
    filteredBy: (facet: string, value: string) => `${facet}：${value}`,
    clear: '清除筛选',
    all: '全部帮扶事项',
    sortBy: (column: string) => `按“${column}”排序`,
    noJs: '每个筛选项都链接到一个只列出该类事项的页面；启用 JavaScript 时可以组合多个筛选条件并排序，网址会记住所选条件。',
    itemsCsv: '帮扶事项台账（CSV，可用 Excel 打开）',
    itemsJson: '帮扶事项台账（JSON）',
    figuresCsv: '各期简报通报的每一个数字（CSV）',
    figuresJson: '各期简报通报的每一个数字（JSON）',
    indicatorsCsv: '简报通报数字的指标目录（CSV）',
    indicatorsJson: '简报通报数字的指标目录（JSON）',
    itemReportsCsv: '帮扶事项的每一次进展报告（CSV）',
    itemReportsJson: '帮扶事项的每一次进展报告（JSON）',
    statesCsv: '工作队和后进村的每一次情况报告（CSV）',
    statesJson: '工作队和后进村的每一次情况报告（JSON）',
    lateLink: '查看逾期事项',
    /** Link from a town's or unit's page to its own filtered ledger. */
    inLedger: '在帮扶事项台账中查看、筛选和下载',
    /** A table too long for one page: its numbered pages. */
    pages: '分页',
    previousPage: '上一页',
    nextPage: '下一页',
    pageNumber: (page: number) => `第${page}页`,
    pageOf: (page: number, pages: number, from: number, to: number) =>
      `第 ${page} 页，共 ${pages} 页（第 ${from}–${to} 项）`,
    paginatedHint:
      '事项较多，表格分页显示。每个筛选项都链接到一个只列出该类事项的页面，计数为全部事项；本页表格不提供排序。',
  },
} as const;

/** 公开方式, as the disclosure block names each of the site configuration's values. */
export const DISCLOSURE_LABELS = {
  proactive: '主动公开',
  onRequest: '依申请公开',
} as const;

/** The government-site parts: the footer's identifiers and a bulletin's 信息公开 block. */
export const GOV_LABELS = {
  organizer: '主办单位',
  contact: '联系方式',
  phone: '电话',
  email: '邮箱',
  address: '地址',
  siteIdCode: '网站标识码',
  disclosure: '信息公开',
  indexNumber: '索引号',
  issuer: '发布机构',
  writtenOn: '成文日期',
  docNumber: '文号',
  disclosureMode: '公开方式',
} as const;

/** The header's 适老化 control and its toolbar. */
export const ELDER_LABELS = {
  toggle: '适老化',
  toolbar: '适老化工具',
  size: '字号',
  smaller: '减小',
  larger: '增大',
  read: '朗读正文',
  stop: '停止朗读',
  reading: '正在朗读正文。',
  noVoice: '本浏览器没有中文语音，无法朗读。可在系统的语音设置中添加中文（普通话）语音，或使用读屏软件。',
  noSpeech: '本浏览器不支持朗读，可使用读屏软件。',
} as const;

/** Approximation markers as the form editor offers them. */
export const APPROX_FORM_LABELS = {
  exact: '确数',
  about: '约（约…）',
  over: '余（…余）',
} as const;

/**
 * Form labels of fields whose doc line does not begin with a short name: by path (`history.status`),
 * by name anywhere (`draft`), or by name inside a list or object (`*.date`).
 */
export const FORM_FIELD_LABELS: Record<string, string> = {
  sentTo: '报',
  distributedTo: '发',
  filed: '存档',
  draft: '草稿',
  sha256: 'SHA-256 校验值',
  file: '原文件名',
  town: '所属镇街区',
  visited: '已走访',
  repeated: '多次走访',
  since: '到任时间',
  '*.value': '是否',
  '*.status': '状态',
  '*.date': '日期',
  'quantities.unit': '单位',
  'history.status': '进展',
  'listing.status': '名单进出',
  major: '三项重大帮扶事项之一',
  'quantities.value': '数值',
  'quantities.of': '计量对象',
  'quantities.approx': '精确程度',
  'money.amount': '金额（元）',
  'money.min': '下限（元）',
  'money.max': '上限（元）',
  'money.label': '说明',
};

/** The form editor's own words around the generated fields. */
export const FORM_LABELS = {
  pageTitle: '内容编辑',
  fileName: '文件名',
  fileNameRule: '只能用小写英文字母、数字和连字符，如 xigouzi 或 guojia-yangshuizhan',
  fileNameHint:
    '新建时必填。文件名就是网址，保存后不能再改；只能用小写英文字母、数字和连字符。可点“用拼音”自动填写。',
  fileNameByIssue: '由印发日期的年份和期号生成，如 2015 年第 2 期为 2015-02。',
  fileNameRequired: '请填写文件名',
  fileNameOnSave: '（保存时自动生成）',
  usePinyin: '用拼音',
  savedAs: '已保存为',
  body: '正文',
  bodyHint: '照原件录入；每段之间空一行，小标题单独一行、以“## ”开头。',
  noscript: '表单编辑器需要启用 JavaScript。也可以直接编辑 src/content/ 下的文件，见编辑指南。',
} as const;
