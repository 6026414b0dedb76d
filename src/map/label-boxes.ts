/**
 * What a basemap label must keep clear of, as screen boxes: the site markers and their names (as
 * the markers' layer placed them, see SITES_PLACED) and the panels and controls laid over the map.
 * Pure geometry, tested on its own.
 */
import { overlaps, type Box } from '../placement/site-labels.ts';

export { overlaps, type Box };

/** Whether `box` lies wholly inside `frame` (a label half off the map is not shown). */
export function inside(box: Box, frame: Box): boolean {
  return box.left >= frame.left && box.right <= frame.right && box.top >= frame.top && box.bottom <= frame.bottom;
}
