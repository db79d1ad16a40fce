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

/** A small repeating tile: the status colour with its pattern drawn in white over it. */
export function patternFill(target: CanvasRenderingContext2D, colour: string, pattern: Pattern): CanvasPattern | string {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const ctx = tile.getContext('2d');
  if (!ctx) return colour;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 8, 8);
  ctx.strokeStyle = ctx.fillStyle = 'rgba(255,255,255,0.75)';
  ctx.lineWidth = 1.5;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    ctx.beginPath();
    ctx.moveTo(x1, y1);
    ctx.lineTo(x2, y2);
    ctx.stroke();
  };
  if (pattern === 'dots') ctx.fillRect(3, 3, 2, 2);
  if (pattern === 'vertical' || pattern === 'cross') line(4, 0, 4, 8);
  if (pattern === 'horizontal' || pattern === 'cross') line(0, 4, 8, 4);
  if (pattern === 'diagonal') (line(0, 8, 8, 0), line(-4, 4, 4, -4), line(4, 12, 12, 4));
  if (pattern === 'backslash') (line(0, 0, 8, 8), line(-4, 4, 4, 12), line(4, -4, 12, 4));
  return target.createPattern(tile, 'repeat') ?? colour;
}
