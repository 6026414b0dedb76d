/** Room kept above the current item for the sticky day heading, in pixels. */
const HEADING_ROOM = 36;

/**
 * Where to scroll the feed's list so that the current item shows near its top with the coming
 * events below it; `undefined` while it is already in view in the upper part of the list, so that
 * most events reached while the slider moves do not scroll the list at all.
 */
export function feedScrollTarget(itemTop: number, itemHeight: number, scrollTop: number, viewHeight: number): number | undefined {
  const inView = itemTop >= scrollTop + HEADING_ROOM && itemTop + itemHeight <= scrollTop + viewHeight * 0.8;
  return inView ? undefined : Math.max(0, itemTop - HEADING_ROOM);
}
