/**
 * The search known-answer table: what people type, and the page that must come back in the first five
 * results. Every word is taken from the bundled archive (issue 2 and the entries built from it).
 */
export interface KnownAnswer {
  query: string;
  /** Site path (without base) of the page that must be among the first five results. */
  page: string;
  kind: 'name' | 'word' | 'phrase' | 'number' | 'pinyin';
}

const BULLETIN = '/bulletins/2015-02/';

export const KNOWN_ANSWERS: readonly KnownAnswer[] = [
  { query: '刘敬东', page: BULLETIN, kind: 'name' },
  { query: '欧吉勇', page: BULLETIN, kind: 'name' },
  { query: '王彬', page: BULLETIN, kind: 'name' },
  { query: '李海滨', page: BULLETIN, kind: 'name' },
  { query: '孙吉亮', page: BULLETIN, kind: 'name' },
  { query: '西沟子村', page: '/villages/xigouzi/', kind: 'name' },
  { query: '郭家村', page: '/villages/guojia/', kind: 'name' },
  { query: '前仓村', page: '/villages/qiancang/', kind: 'name' },
  { query: '小宋家村', page: '/villages/xiaosongjia/', kind: 'name' },
  { query: '市残联', page: '/units/canlian/', kind: 'name' },
  { query: '市住建局', page: '/units/zhujianju/', kind: 'name' },
  { query: '平安财险', page: '/units/pingan-caixian/', kind: 'name' },
  { query: '市委老干部局', page: '/units/laoganbuju/', kind: 'name' },
  { query: '辛庄镇', page: '/towns/xinzhuang/', kind: 'name' },
  { query: '温泉街道', page: '/towns/wenquan/', kind: 'name' },
  { query: '沼气', page: '/items/qiancang-zhaoqi/', kind: 'word' },
  { query: '水井', page: BULLETIN, kind: 'word' },
  { query: '钢化', page: '/items/fengjia-ganghua/', kind: 'word' },
  { query: '苗木', page: '/items/xigouzi-miaomu/', kind: 'word' },
  { query: '假山', page: '/items/xigouzi-jiashan-yuchi/', kind: 'word' },
  { query: '督查', page: BULLETIN, kind: 'word' },
  { query: '扬水站', page: '/items/guojia-yangshuizhan/', kind: 'word' },
  { query: '配电室', page: '/items/guojia-peidianshi/', kind: 'word' },
  { query: '村情民意一本通', page: '/cases/xinzhuang-village-handbook/', kind: 'phrase' },
  { query: '管理制度库', page: '/cases/xiadian-system-library/', kind: 'phrase' },
  { query: '授之以渔', page: BULLETIN, kind: 'phrase' },
  { query: '蜻蜓点水', page: BULLETIN, kind: 'phrase' },
  { query: '研究讨论解决解决办法', page: BULLETIN, kind: 'phrase' },
  { query: '麦收晒粮', page: BULLETIN, kind: 'phrase' },
  { query: '8249284', page: BULLETIN, kind: 'number' },
  { query: '4000余米', page: BULLETIN, kind: 'number' },
  { query: '35万元', page: '/items/guojia-yangshuizhan/', kind: 'number' },
  { query: 'xigouzi', page: '/villages/xigouzi/', kind: 'pinyin' },
  { query: 'guojiacun', page: '/villages/guojia/', kind: 'pinyin' },
  { query: 'canlian', page: '/units/canlian/', kind: 'pinyin' },
  { query: 'xinzhuangzhen', page: '/towns/xinzhuang/', kind: 'pinyin' },
  { query: 'qiancangcun', page: '/villages/qiancang/', kind: 'pinyin' },
];

/**
 * Words that appear nowhere on the site, several sharing characters with words that do (刘德华 and
 * 刘敬东, 高铁 and 高起点, 沼泽 and 沼气): each must return nothing at all.
 */
export const ABSENT_WORDS: readonly string[] = [
  '刘德华',
  '高铁',
  '沼泽',
  '高速公路',
  '扶贫车间',
  '光伏',
  '养老院',
  '张家村',
  '市公安局',
  '8249285',
  '水井坊',
  'zhangjiacun',
];

/** Queries whose first result must be the page about the thing, ahead of pages that only mention it. */
export const FIRST_RESULTS: readonly { query: string; page: string }[] = [
  { query: '扬水站', page: '/items/guojia-yangshuizhan/' },
  { query: '郭家村', page: '/villages/guojia/' },
  { query: '市残联', page: '/units/canlian/' },
];
