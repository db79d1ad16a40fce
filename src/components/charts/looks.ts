import type { ItemStatus } from '../../schemas/item.ts';

export type Pattern = 'solid' | 'dots' | 'vertical' | 'horizontal' | 'cross' | 'diagonal' | 'backslash';

/**
 * Each status keeps one colour (Okabe–Ito, readable with colour blindness) and one fill pattern, so
 * the statuses still differ in grey print and for readers who cannot tell the hues apart.
 */
export const STATUS_LOOKS: Record<ItemStatus, { colour: string; pattern: Pattern }> = {
  planned: { colour: '#7a7a7a', pattern: 'dots' },
  negotiating: { colour: '#e69f00', pattern: 'vertical' },
  designDone: { colour: '#cc79a7', pattern: 'horizontal' },
  approved: { colour: '#56b4e9', pattern: 'cross' },
  underConstruction: { colour: '#0072b2', pattern: 'diagonal' },
  completed: { colour: '#009e73', pattern: 'solid' },
  suspended: { colour: '#d55e00', pattern: 'backslash' },
};

/** Lines differ by colour, point shape and dash; bars by colour and fill pattern. */
export const SERIES_LOOKS: readonly { colour: string; point: string; dash: number[]; pattern: Pattern }[] = [
  { colour: '#0072b2', point: 'circle', dash: [], pattern: 'solid' },
  { colour: '#d55e00', point: 'rect', dash: [6, 3], pattern: 'diagonal' },
  { colour: '#009e73', point: 'triangle', dash: [], pattern: 'dots' },
  { colour: '#cc79a7', point: 'rectRot', dash: [2, 2], pattern: 'horizontal' },
  { colour: '#e69f00', point: 'star', dash: [], pattern: 'cross' },
  { colour: '#56b4e9', point: 'crossRot', dash: [8, 3, 2, 3], pattern: 'vertical' },
  { colour: '#000000', point: 'rectRounded', dash: [], pattern: 'backslash' },
  { colour: '#7a7a7a', point: 'cross', dash: [4, 4], pattern: 'solid' },
];

type Stroke = [x1: number, y1: number, x2: number, y2: number];

// Diagonals take three strokes per tile so the stripes run on unbroken across tile edges.
const STROKES: Record<Pattern, Stroke[]> = {
  solid: [],
  dots: [],
  vertical: [[4, 0, 4, 8]],
  horizontal: [[0, 4, 8, 4]],
  cross: [
    [4, 0, 4, 8],
    [0, 4, 8, 4],
  ],
  diagonal: [
    [0, 8, 8, 0],
    [-4, 4, 4, -4],
    [4, 12, 12, 4],
  ],
  backslash: [
    [0, 0, 8, 8],
    [-4, 4, 4, 12],
    [4, -4, 12, 4],
  ],
};

/** A small repeating tile: the colour with its pattern drawn in white over it. */
export function patternFill(
  target: CanvasRenderingContext2D,
  colour: string,
  pattern: Pattern,
): CanvasPattern | string {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = 'rgba(255,255,255,0.75)';
  ctx.lineWidth = 1.5;
  if (pattern === 'dots') ctx.fillRect(3, 3, 2, 2);
  for (const [x1, y1, x2, y2] of STROKES[pattern]) {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  }
  return target.createPattern(tile, 'repeat') ?? colour;
}
