/**
 * The room that panels over the map take from it, as padding from each edge of the map: what the
 * map is fitted, panned or flown inside so that no site it shows is under a panel. Pure geometry on
 * rectangles in page pixels; it knows nothing of Leaflet or the DOM.
 */

export interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_PADDING: Padding = { top: 0, right: 0, bottom: 0, left: 0 };

/** Of the map's width or height, at least this share is left free by default, however large the panels. */
export const MIN_FREE_SHARE = 0.3;

/**
 * Each panel is cleared by padding the one edge that loses the least map: a card down the right
 * side pads the right, a sheet along the bottom pads the bottom, a short legend across a corner
 * pads the top or the side, whichever is the smaller strip; a panel already in the strip given up
 * for a larger one pads nothing more. Panels outside the map are ignored.
 * `margin` is added around each panel (so that a whole marker clears it); `minFreeShare` of each
 * span is left free whatever the panels cover.
 */
export function paddingForOverlays(map: Rect, overlays: readonly Rect[], margin = 0, minFreeShare = MIN_FREE_SHARE): Padding {
  const width = map.right - map.left;
  const height = map.bottom - map.top;
  const padding = { ...NO_PADDING };
  if (width <= 0 || height <= 0) return padding;
  // Each panel with its margin, on the map; the largest first, so that a panel lying wholly in the
  // strip given up for a larger one (1920×1080: the legend under the card) costs no more map.
  const panels = overlays
    .map((overlay) => ({
      left: Math.max(map.left, overlay.left - margin),
      right: Math.min(map.right, overlay.right + margin),
      top: Math.max(map.top, overlay.top - margin),
      bottom: Math.min(map.bottom, overlay.bottom + margin),
    }))
    .filter((panel) => panel.right > panel.left && panel.bottom > panel.top)
    .sort((a, b) => (b.right - b.left) * (b.bottom - b.top) - (a.right - a.left) * (a.bottom - a.top));
  for (const { left, right, top, bottom } of panels) {
    const cleared =
      right <= map.left + padding.left || left >= map.right - padding.right || bottom <= map.top + padding.top || top >= map.bottom - padding.bottom;
    if (cleared) continue;
    // The strip that each edge would have to give up to clear this panel, and the map area it costs.
    const options: [keyof Padding, number, number][] = [
      ['top', bottom - map.top, (bottom - map.top) * width],
      ['bottom', map.bottom - top, (map.bottom - top) * width],
      ['left', right - map.left, (right - map.left) * height],
      ['right', map.right - left, (map.right - left) * height],
    ];
    options.sort((a, b) => a[2] - b[2]);
    const [edge, size] = options[0] as [keyof Padding, number, number];
    padding[edge] = Math.max(padding[edge], size);
  }
  // Never so much that nothing of the map is left to show a site in.
  const fit = (a: keyof Padding, b: keyof Padding, span: number) => {
    const excess = padding[a] + padding[b] - span * (1 - minFreeShare);
    if (excess <= 0) return;
    const total = padding[a] + padding[b];
    padding[a] -= (excess * padding[a]) / total;
    padding[b] -= (excess * padding[b]) / total;
  };
  fit('left', 'right', width);
  fit('top', 'bottom', height);
  return padding;
}

/** Whether a point lies in the map's free part, the map less its padding. */
export function insideFreePart(map: Rect, padding: Padding, x: number, y: number): boolean {
  return x >= map.left + padding.left && x <= map.right - padding.right && y >= map.top + padding.top && y <= map.bottom - padding.bottom;
}

/** The share of `rect` that `other` covers, from 0 to 1. */
export function coveredShare(rect: Rect, other: Rect): number {
  const area = (rect.right - rect.left) * (rect.bottom - rect.top);
  if (area <= 0) return 0;
  const w = Math.min(rect.right, other.right) - Math.max(rect.left, other.left);
  const h = Math.min(rect.bottom, other.bottom) - Math.max(rect.top, other.top);
  return w > 0 && h > 0 ? (w * h) / area : 0;
}
