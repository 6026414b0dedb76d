import { describe, expect, it } from 'vitest';
import { pathAt, placePath } from '../../src/symbols/svg-path.ts';
import { KIND_GLYPHS, markerSvg } from '../../src/symbols/marker-icon.ts';

/** The absolute end point of every segment of path data (M, l, h, v, c, s, q, t, a, m and z only), to compare drawings. */
function endPoints(d: string): [number, number][] {
  const tokens = d.match(/[a-zA-Z]|[+-]?(?:\d+\.?\d*|\.\d+)/g) ?? [];
  const arity: Record<string, number> = { m: 2, l: 2, h: 1, v: 1, c: 6, s: 4, q: 4, t: 2, a: 7, z: 0 };
  const points: [number, number][] = [];
  let x = 0;
  let y = 0;
  let sx = 0;
  let sy = 0;
  let cmd = '';
  let i = 0;
  while (i < tokens.length) {
    if (/[a-zA-Z]/.test(tokens[i] as string)) cmd = tokens[i++] as string;
    const lower = cmd.toLowerCase();
    const rel = cmd === lower;
    const n = tokens.slice(i, i + (arity[lower] as number)).map(Number);
    i += arity[lower] as number;
    if (lower === 'z') [x, y] = [sx, sy];
    else if (lower === 'h') x = rel ? x + (n[0] as number) : (n[0] as number);
    else if (lower === 'v') y = rel ? y + (n[0] as number) : (n[0] as number);
    else {
      const ex = n[n.length - 2] as number;
      const ey = n[n.length - 1] as number;
      [x, y] = rel ? [x + ex, y + ey] : [ex, ey];
      if (lower === 'm') {
        [sx, sy] = [x, y];
        cmd = rel ? 'l' : 'L';
      }
    }
    points.push([x, y]);
  }
  return points;
}

describe('placePath', () => {
  it('scales and moves a path into a first point and relative commands', () => {
    const placed = placePath('M13.5 2 5 13.5h6L9.5 22 19 10h-6.2z', 2, 1, 1);
    expect(placed).toEqual({ x: 28, y: 5, rest: 'l-17 23h12l-3 17l19 -24h-12.4z' });
    expect(pathAt(placed, 10, -5)).toBe('M38 0l-17 23h12l-3 17l19 -24h-12.4z');
  });

  it('keeps arcs, scaling their radii but not their rotation or flags, and reads flags written together', () => {
    expect(placePath('M6.6 3.2a2 2 30 0 1-2.2 2').rest).toBe('a2 2 30 0 1 -2.2 2');
    expect(placePath('M0 0a2 2 0 011 1', 3).rest).toBe('a6 6 0 0 1 3 3');
  });

  it('turns later absolute movetos into relative ones, from where a closed subpath ends', () => {
    expect(placePath('M3.5 6.5h17 M3.5 6.5 12 13').rest).toBe('h17m-17 0l8.5 6.5');
    expect(placePath('M2 2h4v4z M10 10h1').rest).toBe('h4v4zm8 8h1');
  });

  it('draws every glyph where translate and scale would have', () => {
    for (const [kind, glyph] of Object.entries(KIND_GLYPHS)) {
      const placed = placePath(glyph.d, 20 / 24, 14, 14);
      const expected = endPoints(glyph.d).map(([x, y]) => [x * (20 / 24) + 14, y * (20 / 24) + 14]);
      const actual = endPoints(pathAt(placed, 0, 0));
      expect(actual.length, kind).toBe(expected.length);
      actual.forEach(([x, y], i) => {
        expect(x, `${kind} point ${i}`).toBeCloseTo(expected[i]?.[0] as number, 2);
        expect(y, `${kind} point ${i}`).toBeCloseTo(expected[i]?.[1] as number, 2);
      });
    }
  });

  it('names what it cannot read', () => {
    expect(() => placePath('L1 1')).toThrow(/must start with a moveto/);
    expect(() => placePath('M1 1 L2')).toThrow(/"L" needs 2 numbers/);
    expect(() => placePath('M1 1z 3 4')).toThrow(/a number without a command/);
    expect(() => placePath('M1 1a1 1 0 2 0 3 3')).toThrow(/arc flag must be 0 or 1/);
    expect(() => placePath('M1 1 X')).toThrow(/unknown command "X"/);
  });
});

describe('markerSvg', () => {
  it('places every shape without a transform', () => {
    const svg = markerSvg('bank', 100, 50);
    expect(svg).not.toMatch(/transform/);
    expect(svg).toContain('<circle cx="124" cy="74" class="site-marker__hit" r="24"/>');
    expect(svg).toContain('<rect x="108" y="59" width="32" height="32" rx="4" class="site-marker__frame site-marker__frame--bolshevik site-marker__shadow"/>');
  });
});
