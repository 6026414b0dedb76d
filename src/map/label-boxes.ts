/**
 * What a basemap label must keep clear of, as screen boxes: the site markers and their names (as
 * the markers' layer placed them, see SITES_PLACED) and the panels and controls laid over the map.
 * Pure geometry, tested on its own.
 */
import type { Box } from '../placement/site-labels.ts';

export type { Box };

/** Whether two boxes overlap once `a` is grown by `gapX` left and right and `gapY` above and below. */
export function overlaps(a: Box, b: Box, gapX = 0, gapY = 0): boolean {
  return a.left - gapX < b.right && a.right + gapX > b.left && a.top - gapY < b.bottom && a.bottom + gapY > b.top;
}

/** Whether `box` lies wholly inside `frame` (a label half off the map is not shown). */
export function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}
