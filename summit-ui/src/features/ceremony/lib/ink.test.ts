import { describe, expect, it } from 'vitest';

import {
  drawInk,
  inkPath,
  strokeOutline,
  strokesOf,
  type InkCache,
} from '@/features/ceremony/lib/ink';
import type { StrokePoint } from '@/features/ceremony/types';

const line = (s: number, pressure: (i: number) => number): StrokePoint[] =>
  Array.from({ length: 20 }, (_, i) => ({
    s,
    x: 0.1 + i * 0.02,
    y: 0.5,
    p: pressure(i),
    t: 1_000 + i * 16,
  }));

/** The thickness of an outline across the line (its extent in y). */
const thickness = (outline: [number, number][]) => {
  const ys = outline.map(([, y]) => y);
  return Math.max(...ys) - Math.min(...ys);
};

describe('ink', () => {
  it('groups points by stroke, in the order strokes begin', () => {
    const a = line(3, () => 0.5);
    const b = line(1, () => 0.5);
    const strokes = strokesOf([...a.slice(0, 5), ...b, ...a.slice(5)]);

    expect(strokes).toEqual([a, b]);
  });

  it('draws a harder pen pressure thicker', () => {
    const light = strokeOutline(
      line(0, (i) => (i % 2 === 0 ? 0.1 : 0.15)),
      500,
      200,
    );
    const hard = strokeOutline(
      line(0, (i) => (i % 2 === 0 ? 0.9 : 0.95)),
      500,
      200,
    );

    expect(thickness(hard)).toBeGreaterThan(thickness(light) * 1.5);
  });

  it('scales with the block, so every size shows the same signature', () => {
    const points = [...line(0, () => 0.5), ...line(1, () => 0.5)];
    const small = inkPath(points, 250, 100);
    const large = inkPath(points, 1000, 400);

    const numbers = (path: string) => path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    const ratio = numbers(large).map((n, i) => n / (numbers(small)[i] ?? 1));
    expect(numbers(large)).toHaveLength(numbers(small).length);
    for (const r of ratio.filter(Number.isFinite)) {
      expect(r).toBeCloseTo(4, 0);
    }
  });

  it('gives one closed SVG shape per stroke, inside the block', () => {
    const path = inkPath([...line(0, () => 0.5), ...line(1, () => 0.5)], 500, 200);

    expect(path.match(/M/g)).toHaveLength(2);
    expect(path.match(/Z/g)).toHaveLength(2);
    const numbers = path.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    expect(Math.min(...numbers)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...numbers)).toBeLessThanOrEqual(500);
  });

  it('fills each stroke on a canvas', () => {
    const calls: string[] = [];
    const context = {
      beginPath: () => calls.push('begin'),
      moveTo: () => calls.push('move'),
      quadraticCurveTo: () => undefined,
      closePath: () => calls.push('close'),
      fill: () => calls.push('fill'),
    };

    drawInk(context, [...line(0, () => 0.5), ...line(1, () => 0.5)], 500, 200);

    expect(calls).toEqual(['begin', 'move', 'close', 'fill', 'begin', 'move', 'close', 'fill']);
  });

  it('recomputes only the strokes that grew, and all of them at another size', () => {
    const context = {
      beginPath: () => undefined,
      moveTo: () => undefined,
      quadraticCurveTo: () => undefined,
      closePath: () => undefined,
      fill: () => undefined,
    };
    const first = line(0, () => 0.5);
    const second = line(1, () => 0.5);
    const cache: InkCache = new Map();
    drawInk(context, [...first, ...second.slice(0, 10)], 500, 200, {}, cache);
    const [firstOutline, secondOutline] = [...cache.values()].map((entry) => entry.outline);

    drawInk(context, [...first, ...second], 500, 200, {}, cache);
    const [firstAgain, secondAgain] = [...cache.values()].map((entry) => entry.outline);
    expect(firstAgain).toBe(firstOutline);
    expect(secondAgain).not.toBe(secondOutline);

    drawInk(context, [...first, ...second], 1000, 400, {}, cache);
    expect([...cache.values()][0]?.outline).not.toBe(firstOutline);
  });
});
