import { pinyin } from 'pinyin-pro';

/**
 * An id from a Chinese name, in the style of the existing files: 西沟子村 → xigouzi, 温泉街道 → wenquan,
 * 市住建局 → zhujianju; a name too short to lose its ending keeps it (东村 → dongcun).
 * `npm run new` and the form editor both offer it.
 */
export function idFromName(name: string): string {
  const core = name.replace(/^市(?=.{2,})/, '').replace(/(?<=.{2,})(村|镇|街道|区)$/, '');
  const syllables = pinyin(core, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true });
  return syllables
    .join('')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
