import { getStroke } from 'perfect-freehand';

import type { StrokePoint } from '@/features/ceremony/types';

/** A signature block is 5 wide and 2 high; points are fractions of its width and height. */
export const blockAspect = 5 / 2;

export interface InkOptions {
  /** The ink's width at normal pressure, as a fraction of the block's width. */
  thickness?: number;
}

const defaultThickness = 0.014;

/** What drawing needs of a canvas context (tests pass a recorder). */
export type InkContext = Pick<
  CanvasRenderingContext2D,
  'beginPath' | 'moveTo' | 'quadraticCurveTo' | 'closePath' | 'fill'
>;

/** The strokes of a signature, each its points in order, by stroke index in order of appearance. */
export function strokesOf(points: readonly StrokePoint[]): StrokePoint[][] {
  const strokes = new Map<number, StrokePoint[]>();
  for (const point of points) {
    const stroke = strokes.get(point.s);
    if (stroke) {
      stroke.push(point);
    } else {
      strokes.set(point.s, [point]);
    }
  }
  return [...strokes.values()];
}

/**
 * A mouse or a finger reports the same pressure throughout (0.5, 0 or 1): such a stroke gets a
 * pressure simulated from its speed, as a pen would give, instead of a flat line.
 */
function hasPressure(stroke: readonly StrokePoint[]): boolean {
  const first = stroke[0]?.p;
  return stroke.some((point) => point.p !== first);
}

/** The outline of one stroke (a polygon around it) at a block `width` × `height` pixels. */
export function strokeOutline(
  stroke: readonly StrokePoint[],
  width: number,
  height: number,
  { thickness = defaultThickness }: InkOptions = {},
): [number, number][] {
  const pressure = hasPressure(stroke);
  return getStroke(
    stroke.map((point) => ({
      x: point.x * width,
      y: point.y * height,
      pressure: pressure ? point.p : 0.5,
    })),
    {
      size: Math.max(1, width * thickness),
      thinning: 0.6,
      smoothing: 0.5,
      streamline: 0.35,
      simulatePressure: !pressure,
      last: true,
    },
  );
}

const round = (value: number) => Math.round(value * 100) / 100;

/**
 * Walks an outline as quadratic curves through the midpoints of its edges, with each point as a
 * control point: a smooth closed shape instead of a polygon's corners.
 */
function walkOutline(
  outline: readonly [number, number][],
  moveTo: (x: number, y: number) => void,
  curveTo: (cx: number, cy: number, x: number, y: number) => void,
): boolean {
  const count = outline.length;
  if (count < 2) {
    return false;
  }
  const at = (i: number) => outline[i % count] ?? [0, 0];
  const mid = (i: number): [number, number] => {
    const [ax, ay] = at(i);
    const [bx, by] = at(i + 1);
    return [(ax + bx) / 2, (ay + by) / 2];
  };
  const [sx, sy] = mid(0);
  moveTo(sx, sy);
  for (let i = 1; i <= count; i++) {
    const [cx, cy] = at(i);
    const [x, y] = mid(i);
    curveTo(cx, cy, x, y);
  }
  return true;
}

/** SVG path data of a signature's ink at a block `width` × `height` (viewBox units). */
export function inkPath(
  points: readonly StrokePoint[],
  width: number,
  height: number,
  options: InkOptions = {},
): string {
  const parts: string[] = [];
  for (const stroke of strokesOf(points)) {
    const commands: string[] = [];
    const drawn = walkOutline(
      strokeOutline(stroke, width, height, options),
      (x, y) => commands.push(`M${round(x)} ${round(y)}`),
      (cx, cy, x, y) => commands.push(`Q${round(cx)} ${round(cy)} ${round(x)} ${round(y)}`),
    );
    if (drawn) {
      parts.push(`${commands.join('')}Z`);
    }
  }
  return parts.join('');
}

/**
 * Outlines already computed, by stroke: a block repainted as batches arrive recomputes only the
 * strokes that grew (or all of them once its size changed).
 */
export type InkCache = Map<string, { points: number; size: string; outline: [number, number][] }>;

function cachedOutline(
  cache: InkCache | undefined,
  stroke: readonly StrokePoint[],
  width: number,
  height: number,
  options: InkOptions,
): [number, number][] {
  // A stroke index can come back after a clear (a reloaded tablet counts from 0 again): its first
  // point's time tells the strokes apart.
  const key = `${stroke[0]?.s ?? 0}@${stroke[0]?.t ?? 0}`;
  const size = `${width}x${height}`;
  const known = cache?.get(key);
  if (known?.points === stroke.length && known.size === size) {
    return known.outline;
  }
  const outline = strokeOutline(stroke, width, height, options);
  cache?.set(key, { points: stroke.length, size, outline });
  return outline;
}

/** Fills a signature's ink on a canvas whose block is `width` × `height` pixels. */
export function drawInk(
  context: InkContext,
  points: readonly StrokePoint[],
  width: number,
  height: number,
  options: InkOptions = {},
  cache?: InkCache,
): void {
  for (const stroke of strokesOf(points)) {
    context.beginPath();
    const drawn = walkOutline(
      cachedOutline(cache, stroke, width, height, options),
      (x, y) => {
        context.moveTo(x, y);
      },
      (cx, cy, x, y) => {
        context.quadraticCurveTo(cx, cy, x, y);
      },
    );
    if (drawn) {
      context.closePath();
      context.fill();
    }
  }
}
