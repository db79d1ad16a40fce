import type { ChartData } from '../../lib/stats/chart-data.ts';

/**
 * `<chart-figure>`: holds a canvas and the chart's numbers as JSON. Chart.js is fetched only when
 * the first chart comes near the viewport, so a reader who never scrolls to one never loads it.
 */
class ChartFigure extends HTMLElement {
  /** The drawn Chart.js instance, for tests and for redrawing. */
  chart: unknown;

  connectedCallback() {
    observer.observe(this);
  }

  disconnectedCallback() {
    observer.unobserve(this);
  }

  async draw() {
    const json = this.querySelector('script[type="application/json"]')?.textContent;
    const canvas = this.querySelector('canvas');
    if (!json || !canvas) return;
    const data = JSON.parse(json) as ChartData;
    const { drawChart } = await import('./draw.ts');
    this.chart = drawChart(canvas, data);
    this.dataset['drawn'] = '';
  }
}

const observer = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      observer.unobserve(entry.target);
      void (entry.target as ChartFigure).draw();
    }
  },
  { rootMargin: '300px 0px' },
);

customElements.define('chart-figure', ChartFigure);
