/**
 * Keeping the sites the visitor is dealing with out from under the panels over the map (the card,
 * the sources, the legend, the zoom buttons, the attribution): the panels' room as padding of the
 * map (see overlay-padding.ts), and the pan that brings a marker clear of it.
 */
import type L from 'leaflet';
import { paddingForOverlays, type Padding, type Rect } from './overlay-padding.ts';

/** What lies over the map: panels that mark themselves, and Leaflet's own controls. */
export const OVERLAY_SELECTOR = '[data-map-overlay], .leaflet-control-zoom, .leaflet-control-attribution';
/** Room kept around a panel, so that a whole marker clears it and not only its centre. */
const PANEL_MARGIN = 8;

const rectOf = (element: Element): Rect => {
  const { left, top, right, bottom } = element.getBoundingClientRect();
  return { left, top, right, bottom };
};

/** The panels over the map now, as rectangles in page pixels (hidden ones have none). */
export function overlayRects(map: L.Map): Rect[] {
  const container = map.getContainer();
  const scope = container.closest('.app') ?? document;
  return [...scope.querySelectorAll(OVERLAY_SELECTOR)].filter((element) => element.getClientRects().length > 0).map(rectOf);
}

/**
 * Page pixels per map pixel: 1, or the CSS zoom of the map (a 4K kiosk zooms it as a whole, so
 * that its markers and plan grow with the screen), by which page measures are divided before
 * Leaflet, which counts in the map's own pixels, gets them.
 */
export function mapScale(map: L.Map): number {
  const container = map.getContainer();
  const width = container.getBoundingClientRect().width;
  return container.offsetWidth > 0 && width > 0 ? width / container.offsetWidth : 1;
}

/** The map's padding for its panels, in the map's pixels: what fitBounds, panInside and a flight should keep clear. */
export function overlayPadding(map: L.Map, minFreeShare?: number): Padding {
  const scale = mapScale(map);
  const page = paddingForOverlays(rectOf(map.getContainer()), overlayRects(map), PANEL_MARGIN * scale, minFreeShare);
  return { top: page.top / scale, right: page.right / scale, bottom: page.bottom / scale, left: page.left / scale };
}
/** For one marker, a narrow strip between a sheet and the controls is room enough. */
const MIN_FREE_SHARE_FOR_A_MARKER = 0.1;

/** Leaflet's form of a padding. */
export const leafletPadding = (padding: Padding) => ({
  paddingTopLeft: [padding.left, padding.top] as L.PointTuple,
  paddingBottomRight: [padding.right, padding.bottom] as L.PointTuple,
});

/** How far to pan the map, in its own pixels, so that `target` (page pixels) lies in the map's free part; [0, 0] when it does. */
export function panToClear(map: L.Map, target: Rect): [number, number] {
  const box = rectOf(map.getContainer());
  const scale = mapScale(map);
  const padding = paddingForOverlays(box, overlayRects(map), PANEL_MARGIN * scale, MIN_FREE_SHARE_FOR_A_MARKER);
  const free = { left: box.left + padding.left, top: box.top + padding.top, right: box.right - padding.right, bottom: box.bottom - padding.bottom };
  const shift = (low: number, high: number, from: number, to: number) => (low < from ? low - from : high > to ? Math.min(high - to, low - from) : 0);
  return [shift(target.left, target.right, free.left, free.right) / scale, shift(target.top, target.bottom, free.top, free.bottom) / scale];
}

/** Pans the map so that a marker's element lies clear of every panel. */
export function panMarkerClear(map: L.Map, element: Element, animate: boolean): void {
  const [dx, dy] = panToClear(map, rectOf(element.querySelector('.site-marker__hit') ?? element));
  if (dx !== 0 || dy !== 0) map.panBy([dx, dy], { animate, duration: 0.3 });
}
