/**
 * What a basemap label must keep clear of, as screen boxes: the site markers (computed from the
 * sites' points and the marker size, so that it holds whatever the markers' own layer does) and
 * the panels and controls laid over the map. Pure geometry, tested on its own.
 */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The square box of side `size` centred on each point, grown by `margin` on every side. */
export function markerBoxes(points: readonly { x: number; y: number }[], size: number, margin = 0): Box[] {
  const half = size / 2 + margin;
  return points.map(({ x, y }) => ({ left: x - half, top: y - half, right: x + half, bottom: y + half }));
}

/** Whether two boxes overlap once `a` is grown by `gapX` left and right and `gapY` above and below. */
export function overlaps(a: Box, b: Box, gapX = 0, gapY = 0): boolean {
  return a.left - gapX < b.right && a.right + gapX > b.left && a.top - gapY < b.bottom && a.bottom + gapY > b.top;
}

/** Whether `box` lies wholly inside `frame` (a label half off the map is not shown). */
export function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}
