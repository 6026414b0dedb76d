/**
 * SVG path data, moved and scaled once so that a drawing needs no `transform`: in Chromium every
 * transformed SVG element starts a paint chunk of its own, and chunks are what the browser sorts
 * into layers on every frame (see SitesLayer). A path is kept as its first point plus the rest in
 * relative commands, so that placing it anywhere rewrites only the opening `M x y`.
 */

/** A path whose first point is `x, y` and whose other commands are all relative. */
export interface PlacedPath {
  x: number;
  y: number;
  /** Everything after the opening moveto, in relative commands. */
  rest: string;
}

const ARITY: Record<string, number> = { M: 2, L: 2, H: 1, V: 1, C: 6, S: 4, Q: 4, T: 2, A: 7, Z: 0 };

function tokenize(d: string): (string | number)[] {
  const tokens: (string | number)[] = [];
  // An arc's two flags may be written without separators ("a2 2 0 011 1"): read them a digit each.
  let arcArgument = -1;
  let i = 0;
  while (i < d.length) {
    const ch = d[i] as string;
    if (/[\s,]/.test(ch)) {
      i += 1;
    } else if (/[a-z]/i.test(ch)) {
      if (!(ch.toUpperCase() in ARITY) || /e/i.test(ch)) throw new Error(`Path data: unknown command "${ch}" in "${d}"`);
      tokens.push(ch);
      arcArgument = ch.toUpperCase() === 'A' ? 0 : -1;
      i += 1;
    } else if (arcArgument === 3 || arcArgument === 4) {
      if (ch !== '0' && ch !== '1') throw new Error(`Path data: an arc flag must be 0 or 1 in "${d}"`);
      tokens.push(Number(ch));
      arcArgument += 1;
      i += 1;
    } else {
      const match = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?/.exec(d.slice(i));
      if (!match) throw new Error(`Path data: cannot read "${d.slice(i, i + 8)}" in "${d}"`);
      tokens.push(Number(match[0]));
      if (arcArgument >= 0) arcArgument = (arcArgument + 1) % 7;
      i += match[0].length;
    }
  }
  return tokens;
}

const num = (n: number) => String(Math.round(n * 1000) / 1000);

/**
 * Path data scaled by `scale` about the origin and then moved by `dx, dy` (what
 * `transform="translate(dx dy) scale(scale)"` would draw), as a first point and relative commands.
 */
export function placePath(d: string, scale = 1, dx = 0, dy = 0): PlacedPath {
  const tokens = tokenize(d);
  let x = 0;
  let y = 0;
  let startX = 0;
  let startY = 0;
  let first: { x: number; y: number } | undefined;
  const out: string[] = [];
  let i = 0;
  let command = '';
  while (i < tokens.length) {
    const token = tokens[i];
    if (typeof token === 'string') {
      command = token;
      i += 1;
      if (command.toUpperCase() !== 'Z') continue;
    } else if (!command || command.toUpperCase() === 'Z') {
      throw new Error(`Path data: a number without a command in "${d}"`);
    }
    const upper = command.toUpperCase();
    const relative = command !== upper;
    const arity = ARITY[upper] as number;
    const args = tokens.slice(i, i + arity);
    if (args.length < arity || args.some((a) => typeof a !== 'number')) throw new Error(`Path data: "${command}" needs ${arity} numbers in "${d}"`);
    const n = args as number[];
    i += arity;
    // Absolute coordinates of this segment's points, in the original space.
    const point = (px: number, py: number) => (relative ? [x + px, y + py] : [px, py]) as [number, number];
    // The same points in the new space, relative to the current point there.
    const rel = ([px, py]: [number, number]) => `${num((px - x) * scale)} ${num((py - y) * scale)}`;
    switch (upper) {
      case 'Z':
        out.push('z');
        x = startX;
        y = startY;
        break;
      case 'M': {
        const p = point(n[0] as number, n[1] as number);
        if (!first) first = { x: p[0] * scale + dx, y: p[1] * scale + dy };
        else out.push(`m${rel(p)}`);
        [x, y] = p;
        [startX, startY] = p;
        // Further pairs after a moveto are linetos.
        command = relative ? 'l' : 'L';
        break;
      }
      case 'L':
      case 'T': {
        const p = point(n[0] as number, n[1] as number);
        out.push(`${upper === 'L' ? 'l' : 't'}${rel(p)}`);
        [x, y] = p;
        break;
      }
      case 'H': {
        const p: [number, number] = [relative ? x + (n[0] as number) : (n[0] as number), y];
        out.push(`h${num((p[0] - x) * scale)}`);
        [x, y] = p;
        break;
      }
      case 'V': {
        const p: [number, number] = [x, relative ? y + (n[0] as number) : (n[0] as number)];
        out.push(`v${num((p[1] - y) * scale)}`);
        [x, y] = p;
        break;
      }
      case 'C':
      case 'S':
      case 'Q': {
        const points: [number, number][] = [];
        for (let k = 0; k < arity; k += 2) points.push(point(n[k] as number, n[k + 1] as number));
        out.push(`${upper.toLowerCase()}${points.map(rel).join(' ')}`);
        [x, y] = points[points.length - 1] as [number, number];
        break;
      }
      case 'A': {
        const p = point(n[5] as number, n[6] as number);
        out.push(`a${num((n[0] as number) * scale)} ${num((n[1] as number) * scale)} ${num(n[2] as number)} ${n[3]} ${n[4]} ${rel(p)}`);
        [x, y] = p;
        break;
      }
    }
  }
  if (!first) throw new Error(`Path data must start with a moveto: "${d}"`);
  return { x: first.x, y: first.y, rest: out.join('') };
}

/** The path data of a placed path, moved by `dx, dy`. */
export function pathAt(path: PlacedPath, dx: number, dy: number): string {
  return `M${num(path.x + dx)} ${num(path.y + dy)}${path.rest}`;
}
