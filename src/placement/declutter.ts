/**
 * Keeps touch targets apart: when markers would overlap on screen at the current zoom, each later
 * marker is moved to the nearest free place on rings around its true position. Pure geometry on
 * screen points, so it is tested without a map.
 */
export interface ScreenPoint {
  x: number;
  y: number;
}

export interface Offset {
  dx: number;
  dy: number;
}

const DIRECTIONS = 12;
const MAX_RINGS = 5;

/**
 * @param points  markers' true screen positions, in priority order (earlier ones stay put)
 * @param size    the side of a marker's square target, in pixels
 * @returns       the offset to apply to each marker, in the same order
 */
export function declutter(points: readonly ScreenPoint[], size: number): Offset[] {
  const placed: ScreenPoint[] = [];
  const free = (p: ScreenPoint) => placed.every((q) => Math.abs(p.x - q.x) >= size || Math.abs(p.y - q.y) >= size);
  return points.map((point) => {
    let best: ScreenPoint = point;
    if (!free(point)) {
      search: for (let ring = 1; ring <= MAX_RINGS; ring += 1) {
        for (let k = 0; k < DIRECTIONS; k += 1) {
          const angle = (k / DIRECTIONS) * 2 * Math.PI - Math.PI / 2;
          const candidate = { x: point.x + Math.cos(angle) * size * ring, y: point.y + Math.sin(angle) * size * ring };
          if (free(candidate)) {
            best = candidate;
            break search;
          }
        }
      }
    }
    placed.push(best);
    return { dx: Math.round(best.x - point.x), dy: Math.round(best.y - point.y) };
  });
}
