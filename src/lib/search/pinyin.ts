import { pinyin } from 'pinyin-pro';

/** Generic endings and the city prefix people leave out when they type a name: 西沟子(村), (市)残联. */
const SHORTENINGS = [/(村|社区|镇|乡|街道|区)$/, /^市/];

/** A name in toneless pinyin without spaces, ü written as v: 郭家村 → guojiacun, 绿化 → lvhua. */
export function toPinyin(name: string): string {
  return pinyin(name, { toneType: 'none', type: 'array', v: true, nonZh: 'consecutive' })
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The pinyin an entity is found by: its full name and its name without a generic ending or the
 * city prefix (西沟子村 → xigouzicun, xigouzi; 市残联 → shicanlian, canlian).
 */
export function pinyinKeys(name: string): string[] {
  const forms = [name, ...SHORTENINGS.map((pattern) => name.replace(pattern, ''))];
  return [...new Set(forms.filter((form) => form.length > 1).map(toPinyin))].filter((key) => key.length > 0);
}
