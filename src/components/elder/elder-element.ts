import { ELDER_LABELS } from '../../i18n/zh.ts';
import {
  chineseVoice,
  ELDER_SCALES,
  ELDER_STORAGE_KEY,
  fontSizeOf,
  parseStep,
  speechChunks,
} from '../../lib/elder-mode.ts';

/** The blocks read aloud, in document order; chrome and hidden helpers are skipped. */
const READ_BLOCKS = 'h1, h2, h3, h4, p, li, dt, dd, caption, th, td, figcaption';
const SKIPPED =
  '[data-pagefind-ignore], [hidden], [aria-hidden="true"], .visually-hidden, .no-print, script, style';

function mainText(): string {
  const main = document.querySelector('main');
  if (!main) return '';
  const scope = main.querySelector('[data-pagefind-body]') ?? main;
  const copy = scope.cloneNode(true) as HTMLElement;
  for (const skipped of copy.querySelectorAll(SKIPPED)) skipped.remove();
  return [...copy.querySelectorAll(READ_BLOCKS)]
    .filter((block) => !block.querySelector(READ_BLOCKS))
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n');
}

/** The browser's voices, waiting briefly for them: Chromium loads them after the page. */
function voices(synth: SpeechSynthesis): Promise<SpeechSynthesisVoice[]> {
  const now = synth.getVoices();
  if (now.length > 0) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => resolve(synth.getVoices());
    synth.addEventListener('voiceschanged', done, { once: true });
    setTimeout(done, 1500);
  });
}

/**
 * The header's 适老化 control: turns the mode on and off, steps the text size, reads the main
 * text aloud in Chinese. The state is the root element's `data-elder` (set before first paint
 * by the head script) and localStorage; every control is a native button.
 */
class ElderMode extends HTMLElement {
  #reading = false;

  connectedCallback() {
    this.#button('toggle').addEventListener('click', () => this.#setStep(this.#step() ? 0 : 1));
    this.#button('larger').addEventListener('click', () => this.#setStep(this.#step() + 1));
    this.#button('smaller').addEventListener('click', () => this.#setStep(this.#step() - 1));
    this.#button('read').addEventListener('click', () => void (this.#reading ? this.#stop() : this.#read()));
    addEventListener('pagehide', () => this.#stop());
    this.#render();
  }

  #button(name: string): HTMLButtonElement {
    const button = this.querySelector<HTMLButtonElement>(`[data-elder-${name}]`);
    if (!button) throw new Error(`elder-mode: no ${name} button`);
    return button;
  }

  #step(): number {
    return parseStep(document.documentElement.getAttribute('data-elder'));
  }

  #setStep(wanted: number) {
    const step = Math.max(0, Math.min(ELDER_SCALES.length, wanted));
    const root = document.documentElement;
    if (step) root.setAttribute('data-elder', String(step));
    else root.removeAttribute('data-elder');
    root.style.fontSize = fontSizeOf(step);
    try {
      if (step) localStorage.setItem(ELDER_STORAGE_KEY, String(step));
      else localStorage.removeItem(ELDER_STORAGE_KEY);
    } catch {
      // Storage refused (private mode, policy): the mode still holds for this page.
    }
    if (!step) this.#stop();
    this.#render();
  }

  #render() {
    const step = this.#step();
    this.#button('toggle').setAttribute('aria-pressed', String(step > 0));
    this.#button('larger').disabled = step >= ELDER_SCALES.length;
    this.#button('smaller').disabled = step <= 1;
    const level = this.querySelector('[data-elder-level]');
    if (level) level.textContent = fontSizeOf(step);
    const read = this.#button('read');
    read.setAttribute('aria-pressed', String(this.#reading));
    read.textContent = this.#reading ? ELDER_LABELS.stop : ELDER_LABELS.read;
  }

  #say(message: string) {
    const status = this.querySelector('[data-elder-status]');
    if (status) status.textContent = message;
  }

  async #read() {
    const synth = window.speechSynthesis as SpeechSynthesis | undefined;
    if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return this.#say(ELDER_LABELS.noSpeech);
    const voice = chineseVoice(await voices(synth));
    if (!voice) return this.#say(ELDER_LABELS.noVoice);
    const chunks = speechChunks(mainText());
    if (chunks.length === 0) return;
    synth.cancel();
    this.#reading = true;
    this.#say(ELDER_LABELS.reading);
    chunks.forEach((chunk, i) => {
      const utterance = new SpeechSynthesisUtterance(chunk);
      utterance.lang = 'zh-CN';
      utterance.voice = voice;
      if (i === chunks.length - 1) utterance.addEventListener('end', () => this.#finished());
      utterance.addEventListener('error', () => this.#finished());
      synth.speak(utterance);
    });
    this.#render();
  }

  #finished() {
    if (!this.#reading) return;
    this.#reading = false;
    this.#say('');
    this.#render();
  }

  #stop() {
    if (!this.#reading) return;
    window.speechSynthesis.cancel();
    this.#finished();
  }
}

customElements.define('elder-mode', ElderMode);
