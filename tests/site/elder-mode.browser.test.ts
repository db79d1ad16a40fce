import { AxeBuilder } from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterEach, expect, inject, test } from 'vitest';
import { watchPage } from '../support/browser.ts';
import { useSiteInBrowser } from '../support/site-browser.ts';

const site = useSiteInBrowser(() => inject('siteDist'));
const url = (route: string) => new URL(route, site.server.url).href;
/** WCAG 2.0, 2.1 and 2.2, levels A and AA, as the site-wide accessibility test runs them. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let context: BrowserContext | undefined;
afterEach(async () => {
  await context?.close();
  context = undefined;
});

/**
 * A page whose speech synthesis is a recorder with the given voices: headless Chromium may have no
 * voice at all, and a test must not make a sound.
 */
async function openWithVoices(route: string, voices: { lang: string; name: string }[]) {
  context = await site.browser.newContext();
  await context.addInitScript((list) => {
    const spoken: string[] = [];
    Object.assign(window, { spoken });
    const synth = {
      getVoices: () => list,
      speak: (u: { text: string }) => spoken.push(u.text),
      cancel: () => undefined,
      addEventListener: () => undefined,
    };
    Object.defineProperty(window, 'speechSynthesis', { value: synth, configurable: true });
    // A real utterance accepts only a real voice; the recorder's voices are plain objects.
    class Utterance extends EventTarget {
      lang = '';
      voice: unknown = null;
      constructor(readonly text: string) {
        super();
      }
    }
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: Utterance, configurable: true });
  }, voices);
  const page = await context.newPage();
  const watched = watchPage(page, new URL(site.server.url).origin);
  await page.goto(url(route));
  return { page, watched };
}

/** What the reader of a paragraph sees: its font size, line height and its text's contrast with the page. */
function looks(page: Page, selector: string) {
  return page
    .locator(selector)
    .first()
    .evaluate((element) => {
      const rgb = (color: string) => (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const luminance = (color: string) => {
        const [r = 0, g = 0, b = 0] = rgb(color).map((v) => {
          const c = v / 255;
          return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      let background = 'rgb(255, 255, 255)';
      for (let e: Element | null = element; e; e = e.parentElement) {
        const bg = getComputedStyle(e).backgroundColor;
        if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
          background = bg;
          break;
        }
      }
      const style = getComputedStyle(element);
      const [light, dark] = [luminance(style.color), luminance(background)].sort((a, b) => b - a);
      return {
        fontSize: parseFloat(style.fontSize),
        lineHeight: parseFloat(style.lineHeight) / parseFloat(style.fontSize),
        contrast: ((light ?? 0) + 0.05) / ((dark ?? 0) + 0.05),
      };
    });
}

const toggle = (page: Page) => page.getByRole('button', { name: '适老化' });

test('the 适老化 control enlarges the text at least 1.25×, raises contrast, widens lines, and holds on the next page', async () => {
  const { page, watched } = await openWithVoices('bulletins/2015-02/', []);
  const paragraph = '#p1';
  const muted = '.site-footer p';
  const before = { text: await looks(page, paragraph), muted: await looks(page, muted) };
  await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('false');
  await toggle(page).focus();
  await page.keyboard.press('Enter');
  await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
  const on = { text: await looks(page, paragraph), muted: await looks(page, muted) };
  expect(on.text.fontSize / before.text.fontSize).toBeGreaterThanOrEqual(1.25);
  expect(on.text.lineHeight).toBeGreaterThanOrEqual(1.5);
  expect(on.text.contrast).toBeGreaterThan(before.text.contrast);
  expect(on.muted.contrast).toBeGreaterThan(before.muted.contrast);

  // Larger, by keyboard, up to twice the default and no further.
  const larger = page.getByRole('button', { name: '增大' });
  for (let i = 0; i < 3; i += 1) await larger.press('Enter');
  expect(await larger.isDisabled()).toBe(true);
  expect((await looks(page, paragraph)).fontSize / before.text.fontSize).toBeCloseTo(2, 1);

  // The next page opens in the mode, already enlarged when it is first parsed.
  await page.goto(url('villages/xigouzi/'));
  expect(await page.evaluate(() => document.documentElement.dataset['elder'])).toBe('4');
  expect((await looks(page, 'main h1')).fontSize).toBeGreaterThanOrEqual(2 * 16 * 1.25);
  await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');

  // Turning it off restores the default on this page and the next.
  await toggle(page).click();
  await page.goto(url('bulletins/2015-02/'));
  expect((await looks(page, paragraph)).fontSize).toBe(before.text.fontSize);
  expect(watched.consoleMessages).toEqual([]);
});

test('read-aloud speaks the bulletin’s own text in zh-CN where a Chinese voice exists', async () => {
  const { page, watched } = await openWithVoices('bulletins/2015-02/', [
    { lang: 'en-US', name: 'English' },
    { lang: 'zh-CN', name: '普通话' },
  ]);
  await toggle(page).click();
  await page.getByRole('button', { name: '朗读正文' }).click();
  const spoken = await page.waitForFunction(() =>
    (window as unknown as { spoken: string[] }).spoken.join(''),
  );
  const text = await spoken.jsonValue();
  expect(text).toContain('全市后进村帮扶工作督查情况通报');
  expect(text).toContain('为全面掌握后进村帮扶工作进展情况');
  expect(text).not.toMatch(/本段链接|跳到正文|适老化/);
  await expect.poll(() => page.getByRole('button', { name: '停止朗读' }).count()).toBe(1);
  expect(watched.consoleMessages).toEqual([]);
});

test('without a Chinese voice, read-aloud says so instead of reading', async () => {
  const { page } = await openWithVoices('bulletins/2015-02/', [{ lang: 'en-US', name: 'English' }]);
  await toggle(page).click();
  await page.getByRole('button', { name: '朗读正文' }).click();
  await expect.poll(() => page.locator('[data-elder-status]').innerText()).toContain('没有中文语音');
  expect(await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken)).toEqual([]);
});

test('without JavaScript no control is shown and the page reads at the default size', async () => {
  context = await site.browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(url('bulletins/2015-02/'));
  expect(await toggle(page).count()).toBe(0);
  expect(await page.getByText('为全面掌握后进村帮扶工作进展情况').count()).toBe(1);
});

test.each(['bulletins/2015-02/', ''])(
  'axe finds no WCAG 2.2 A or AA violation on /%s in either mode',
  async (route) => {
    const { page } = await openWithVoices(route, []);
    const report = async () =>
      (await new AxeBuilder({ page }).withTags(TAGS).analyze()).violations.flatMap((v) =>
        v.nodes.map((node) => `${v.id}: ${node.target.join(' ')} — ${v.help}`),
      );
    expect(await report()).toEqual([]);
    await toggle(page).click();
    await expect.poll(() => toggle(page).getAttribute('aria-pressed')).toBe('true');
    expect(await report()).toEqual([]);
  },
);
