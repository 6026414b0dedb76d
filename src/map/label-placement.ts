/**
 * Where a street's name goes: the middle of its longest segment, turned along it and kept upright.
 * Pure geometry (no Leaflet), so it can be tested on its own.
 */
export interface Placed {
  lon: number;
  lat: number;
  angle: number;
}

/** The midpoint of the longest segment and its bearing in degrees (0 = east, counter-clockwise on screen is negative). */
export function labelAnchor(line: readonly [number, number][]): { lon: number; lat: number; bearing: number } | undefined {
  let best: { lon: number; lat: number; bearing: number; length: number } | undefined;
  for (let i = 1; i < line.length; i += 1) {
    const [x1, y1] = line[i - 1] as [number, number];
    const [x2, y2] = line[i] as [number, number];
    // Degrees of longitude are shorter than degrees of latitude at 60° N: scale by cos(lat).
    const dx = (x2 - x1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
    const dy = y2 - y1;
    const length = Math.hypot(dx, dy);
    if (!best || length > best.length) best = { lon: (x1 + x2) / 2, lat: (y1 + y2) / 2, bearing: (Math.atan2(-dy, dx) * 180) / Math.PI, length };
  }
  return best && { lon: best.lon, lat: best.lat, bearing: best.bearing };
}

/** A screen rotation that keeps text upright: within -90°…90°. */
export function labelAngle(bearing: number): number {
  let angle = bearing;
  while (angle > 90) angle -= 180;
  while (angle < -90) angle += 180;
  return Math.round(angle) || 0;
}

/**
 * Places where a street's name may go, best first: the midpoints of its longest segments (across
 * all the lines that carry the name), each turned along its segment. A label that would collide
 * at the first place tries the next.
 */
export function labelCandidates(lines: readonly (readonly [number, number][])[], count = 8): Placed[] {
  const segments: { lon: number; lat: number; bearing: number; length: number }[] = [];
  for (const line of lines) {
    for (let i = 1; i < line.length; i += 1) {
      const [x1, y1] = line[i - 1] as [number, number];
      const [x2, y2] = line[i] as [number, number];
      const dx = (x2 - x1) * Math.cos((((y1 + y2) / 2) * Math.PI) / 180);
      const dy = y2 - y1;
      segments.push({ lon: (x1 + x2) / 2, lat: (y1 + y2) / 2, bearing: (Math.atan2(-dy, dx) * 180) / Math.PI, length: Math.hypot(dx, dy) });
    }
  }
  return segments
    .sort((a, b) => b.length - a.length)
    .slice(0, count)
    .map((s) => ({ lon: s.lon, lat: s.lat, angle: labelAngle(s.bearing) }));
}

/** The screen box of a text `width` × `height` centred on (x, y) and turned by `angle` degrees. */
export function turnedBox(x: number, y: number, width: number, height: number, angle: number) {
  const a = (angle * Math.PI) / 180;
  const w = Math.abs(width * Math.cos(a)) + Math.abs(height * Math.sin(a));
  const h = Math.abs(width * Math.sin(a)) + Math.abs(height * Math.cos(a));
  return { left: x - w / 2, right: x + w / 2, top: y - h / 2, bottom: y + h / 2 };
}
