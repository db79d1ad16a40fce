/**
 * 适老化 mode (互联网网站适老化通用设计规范): the text sizes it offers, how the choice is stored, and the
 * pieces of read-aloud that need no browser. The header's `<elder-mode>` element and the head's
 * inline script both work from these.
 */

/** Where the choice is kept (localStorage): the step, 1 to ELDER_SCALES.length; absent when off. */
export const ELDER_STORAGE_KEY = 'archive-elder-mode';

/** Text size of each step, as a multiple of the default. */
export const ELDER_SCALES = [1.25, 1.5, 1.75, 2] as const;

/** The step a stored value names, or 0 (off) for anything else. */
export function parseStep(stored: string | null | undefined): number {
  const step = Number(stored);
  return Number.isInteger(step) && step >= 1 && step <= ELDER_SCALES.length ? step : 0;
}

/** The root font size of a step, as CSS (`125%`); empty when off. */
export function fontSizeOf(step: number): string {
  const scale = ELDER_SCALES[step - 1];
  return scale === undefined ? '' : `${Math.round(scale * 100)}%`;
}

/**
 * The script the head runs before first paint: it marks that scripts run and applies a stored
 * step, so a page opened in the mode never flashes at the default size or shifts.
 */
export function elderHeadScript(): string {
  const sizes = JSON.stringify(ELDER_SCALES.map((_, i) => fontSizeOf(i + 1)));
  return (
    `(function(){var d=document.documentElement;d.setAttribute('data-js','');` +
    `try{var s=Number(localStorage.getItem(${JSON.stringify(ELDER_STORAGE_KEY)}));` +
    `var z=${sizes};if(s>=1&&s<=z.length&&s%1===0){d.setAttribute('data-elder',String(s));d.style.fontSize=z[s-1];}}catch(e){}})();`
  );
}

interface VoiceLike {
  lang: string;
}

/** The voice to read Chinese with: zh-CN first, then any other Mandarin voice; none when the browser has none. */
export function chineseVoice<V extends VoiceLike>(voices: readonly V[]): V | undefined {
  const lang = (v: V) => v.lang.replace('_', '-').toLowerCase();
  return (
    voices.find((v) => lang(v) === 'zh-cn') ??
    voices.find((v) => /^(zh-hans|cmn)/.test(lang(v))) ??
    voices.find((v) => lang(v).startsWith('zh'))
  );
}

/**
 * Text cut into utterances of at most `max` characters at sentence ends (。！？；, or a line end):
 * browsers stop reading one long utterance part way, and a short one can be stopped at once.
 */
export function speechChunks(text: string, max = 160): string[] {
  const sentences = text
    .split(/(?<=[。！？；!?;\n])/)
    .map((s) => s.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const chunks: string[] = [];
  for (const sentence of sentences) {
    for (let i = 0; i < sentence.length; i += max) {
      const piece = sentence.slice(i, i + max);
      const last = chunks.at(-1);
      if (last !== undefined && last.length + piece.length <= max) chunks[chunks.length - 1] = last + piece;
      else chunks.push(piece);
    }
  }
  return chunks;
}
