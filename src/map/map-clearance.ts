/**
 * Keeping the sites the visitor is dealing with out from under the panels over the map (the card,
 * the sources, the legend, the zoom buttons, the attribution): the panels' room as padding of the
 * map (see overlay-padding.ts), and the pan that brings a marker clear of it.
 */
import L from 'leaflet';
import { coveredShare, paddingForOverlays, type Padding, type Rect } from './overlay-padding.ts';
import { MARKER_SIZE } from '../symbols/marker-icon.ts';

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

/**
 * Brings a marker's element clear of every panel: a pan, or, where the plan's edge stops the pan
 * (a panel covers the side the marker is near, and at this zoom the plan is hardly wider than the
 * map), the least zoom-in around the marker that gives the plan room to show it clear.
 */
export function panMarkerClear(map: L.Map, element: Element, animate: boolean): void {
  const target = rectOf(element.querySelector('.site-marker__hit') ?? element);
  const [dx, dy] = panToClear(map, target);
  if (dx === 0 && dy === 0) return;
  const room = panRoom(map, map.project(map.getCenter(), map.getZoom()), map.getZoom());
  if (dx >= room.left && dx <= room.right && dy >= room.up && dy <= room.down) {
    map.panBy([dx, dy], { animate, duration: 0.3 });
    return;
  }
  const closer = closerViewClear(map, target, offsetOf(element));
  if (!closer) map.panBy([clamp(dx, room.left, room.right), clamp(dy, room.up, room.down)], { animate, duration: 0.3 });
  else if (animate) map.flyTo(closer.centre, closer.zoom, { duration: 0.5 });
  else map.setView(closer.centre, closer.zoom, { animate: false });
}

const clamp = (value: number, low: number, high: number) => Math.min(high, Math.max(low, value));

/** How far a marker stands aside from its site's point, in map pixels (`data-offset`, see site-markers.ts). */
function offsetOf(element: Element): L.Point {
  const text = element instanceof HTMLElement || element instanceof SVGElement ? (element.dataset.offset ?? '') : '';
  const [dx = 0, dy = 0] = text.split(' ').map(Number);
  return Number.isFinite(dx) && Number.isFinite(dy) ? L.point(dx, dy) : L.point(0, 0);
}

/**
 * The least zoom-in (in the map's snap steps) at which a marker now at `target` (page pixels),
 * `offset` (map pixels) aside from its site's point, can stand at the middle of the map's free
 * part, or as near it as the map's bounds let the view go, and lie wholly in that part; with the
 * view's centre. Undefined when no zoom up to the greatest does, or the map has no bounds (then a
 * pan always does).
 */
function closerViewClear(map: L.Map, target: Rect, offset: L.Point): { centre: L.LatLng; zoom: number } | undefined {
  const limits = map.options.maxBounds;
  if (!limits) return undefined;
  const bounds = limits instanceof L.LatLngBounds ? limits : L.latLngBounds(limits as L.LatLngBoundsLiteral);
  const box = rectOf(map.getContainer());
  const scale = mapScale(map);
  const padding = paddingForOverlays(box, overlayRects(map), PANEL_MARGIN * scale, MIN_FREE_SHARE_FOR_A_MARKER);
  // In the map's own pixels, from its top left corner.
  const size = map.getSize();
  const free = { left: padding.left / scale, top: padding.top / scale, right: size.x - padding.right / scale, bottom: size.y - padding.bottom / scale };
  const half = { x: (target.right - target.left) / 2 / scale, y: (target.bottom - target.top) / 2 / scale };
  // The site's point: the marker less the offset by which it stands aside (which it keeps, in pixels,
  // at the zooms tried). Where the marker is, taken as a place, would move away at each zoom-in.
  const site = map.containerPointToLatLng(
    L.point(((target.left + target.right) / 2 - box.left) / scale, ((target.top + target.bottom) / 2 - box.top) / scale).subtract(offset),
  );
  // The view's centre on one axis: the marker's place less its offset from the free part's middle, kept inside the bounds as Leaflet keeps it.
  const centreOn = (at: number, freeLow: number, freeHigh: number, span: number, low: number, high: number) =>
    high - low <= span ? (low + high) / 2 : clamp(at - ((freeLow + freeHigh) / 2 - span / 2), low + span / 2, high - span / 2);
  const step = map.options.zoomSnap || 1;
  for (let zoom = map.getZoom() + step; zoom <= map.getMaxZoom(); zoom += step) {
    const p = map.project(site, zoom).add(offset);
    const nw = map.project(bounds.getNorthWest(), zoom);
    const se = map.project(bounds.getSouthEast(), zoom);
    const cx = centreOn(p.x, free.left, free.right, size.x, nw.x, se.x);
    const cy = centreOn(p.y, free.top, free.bottom, size.y, nw.y, se.y);
    const x = p.x - cx + size.x / 2;
    const y = p.y - cy + size.y / 2;
    if (x - half.x >= free.left && x + half.x <= free.right && y - half.y >= free.top && y + half.y <= free.bottom) {
      return { centre: map.unproject([cx, cy], zoom), zoom };
    }
  }
  return undefined;
}

/** A marker counts as under a panel when the panel covers more than this share of its target. */
const COVERED_SHARE = 0.1;

/**
 * How badly a view shows the markers, were they all moved by (dx, dy) page pixels: a hundred for
 * each marker on the map with its target under a panel, one for each left off the map.
 */
function viewCost(box: Rect, overlays: readonly Rect[], targets: readonly Rect[], dx: number, dy: number): number {
  let cost = 0;
  for (const t of targets) {
    const r = { left: t.left + dx, right: t.right + dx, top: t.top + dy, bottom: t.bottom + dy };
    const x = (r.left + r.right) / 2;
    const y = (r.top + r.bottom) / 2;
    if (x < box.left || x > box.right || y < box.top || y > box.bottom) cost += 1;
    else if (overlays.some((o) => coveredShare(r, o) > COVERED_SHARE)) cost += 100;
  }
  return cost;
}

/** The map's bounds projected at `zoom` (undefined when it has none). */
function projectedBounds(map: L.Map, zoom: number): { min: L.Point; max: L.Point } | undefined {
  const limits = map.options.maxBounds;
  if (!limits) return undefined;
  const bounds = limits instanceof L.LatLngBounds ? limits : L.latLngBounds(limits as L.LatLngBoundsLiteral);
  return { min: map.project(bounds.getNorthWest(), zoom), max: map.project(bounds.getSouthEast(), zoom) };
}

/**
 * Where Leaflet puts the view's centre (projected pixels at `zoom`) when asked for `centre`: kept
 * so that the view stays inside the map's bounds, and centred on them on an axis where the view is
 * the wider, by the rule Leaflet's setView follows.
 */
function viewCentreAt(map: L.Map, centre: L.LatLng, zoom: number): L.Point {
  const point = map.project(centre, zoom);
  const limits = projectedBounds(map, zoom);
  if (!limits) return point;
  const half = map.getSize().divideBy(2);
  // How far the view reaches past the bounds before them and after them, on one axis.
  const shift = (at: number, low: number, high: number, span: number) => {
    const before = low - (at - span);
    const after = at + span - high;
    return before + after > 0 ? Math.round(before - after) / 2 : Math.max(0, Math.ceil(before)) - Math.max(0, Math.floor(after));
  };
  const offset = L.point(shift(point.x, limits.min.x, limits.max.x, half.x), shift(point.y, limits.min.y, limits.max.y, half.y));
  return Math.abs(offset.x) <= 1 && Math.abs(offset.y) <= 1 ? point : point.add(offset);
}

/** How far the view centred on `view` (projected pixels at `zoom`) may pan each way, in map pixels, and stay inside the map's bounds (0 where it may not). */
function panRoom(map: L.Map, view: L.Point, zoom: number): { left: number; right: number; up: number; down: number } {
  const limits = projectedBounds(map, zoom);
  if (!limits) return { left: -Infinity, right: Infinity, up: -Infinity, down: Infinity };
  const half = map.getSize().divideBy(2);
  const axis = (low: number, high: number, viewLow: number, viewHigh: number): [number, number] =>
    high - low <= viewHigh - viewLow ? [0, 0] : [Math.min(0, low - viewLow), Math.max(0, high - viewHigh)];
  const [left, right] = axis(limits.min.x, limits.max.x, view.x - half.x, view.x + half.x);
  const [up, down] = axis(limits.min.y, limits.max.y, view.y - half.y, view.y + half.y);
  return { left: left - 0.5, right: right + 0.5, up: up - 0.5, down: down + 0.5 };
}

/** Pans (in page pixels) tried for each zoom of the home view: a grid of 16 px steps, up to a marker and a half each way. */
const PAN_STEP = 16;
const PAN_STEPS = 4;
const PAN_GRID = Array.from({ length: 2 * PAN_STEPS + 1 }, (_, i) => (i - PAN_STEPS) * PAN_STEP);

/**
 * The pans tried on one axis, from `low` to `high` (the map's edges) for markers' `centres`: the
 * grid, and, where the centres span less than the map, the pan that puts them in its middle. When
 * the span is only a little less than the map (768×1024: 433 px of centres on a 440 px map), the
 * pans that keep them all on may lie between two steps of the grid.
 */
function pansOnAxis(low: number, high: number, centres: readonly number[]): number[] {
  if (centres.length === 0) return PAN_GRID;
  const least = low - Math.min(...centres);
  const most = high - Math.max(...centres);
  return least <= most ? [...PAN_GRID, Math.round((least + most) / 2)] : PAN_GRID;
}

/** Zooms tried for the home view, in half steps from the zoom that fits the sites' points. */
const HOME_ZOOMS = [0, 0.5, -0.5, 1, -1];

/**
 * The home view: every site in the part of the map that no panel covers. The sites' points are
 * fitted; but a marker is 48 px and stands aside from its point where markers crowd (declutter),
 * so on a small map (a phone's) some still reach under a panel or past the edge, whatever the
 * zoom. Then other zooms near it and small pans (and the pan that centres the markers on the
 * map) are tried, and the view kept is the one with no marker under a panel and the fewest off
 * the map; the fitted view if it has none of either.
 * The views are tried on paper: `markerCentresAt` tells where the markers would stand at a zoom
 * (projected pixels), and the map is moved once, to the view kept.
 */
export function showHome(map: L.Map, bounds: L.LatLngBounds, markerCentresAt: (zoom: number) => readonly L.Point[]): void {
  const padding = overlayPadding(map);
  const fit = { ...leafletPadding(padding), animate: false };
  const leastZoom = map.getMinZoom();
  // A phone's map is too small to show every site at the city's least zoom: it may zoom out further.
  const fitted = map.getBoundsZoom(bounds, false, L.point(padding.left + padding.right, padding.top + padding.bottom));
  map.setMinZoom(Math.min(leastZoom, Math.floor(fitted * 2) / 2) - 1);
  map.fitBounds(bounds, fit);
  const first = map.getZoom();
  const centre = map.getCenter();
  const box = rectOf(map.getContainer());
  const overlays = overlayRects(map);
  const scale = mapScale(map);
  const half = map.getSize().divideBy(2);
  const reach = (MARKER_SIZE / 2) * scale;
  let best: { zoom: number; dx: number; dy: number; cost: number } | undefined;
  for (const step of HOME_ZOOMS) {
    const zoom = first + step;
    if (zoom > map.getMaxZoom() || zoom < map.getMinZoom()) continue;
    const view = viewCentreAt(map, centre, zoom);
    // Each marker's target (its 48 px square) in page pixels, were the map at this view: Leaflet
    // puts the view's corner and the markers place their corners on whole pixels.
    const corner = L.point(Math.round(view.x - half.x), Math.round(view.y - half.y));
    const targets = markerCentresAt(zoom).map((at) => {
      const x = box.left + (Math.round(at.x - MARKER_SIZE / 2) + MARKER_SIZE / 2 - corner.x) * scale;
      const y = box.top + (Math.round(at.y - MARKER_SIZE / 2) + MARKER_SIZE / 2 - corner.y) * scale;
      return { left: x - reach, right: x + reach, top: y - reach, bottom: y + reach };
    });
    const room = panRoom(map, view, zoom);
    const xs = pansOnAxis(
      box.left,
      box.right,
      targets.map((t) => (t.left + t.right) / 2),
    );
    const ys = pansOnAxis(
      box.top,
      box.bottom,
      targets.map((t) => (t.top + t.bottom) / 2),
    );
    for (const dx of xs) {
      for (const dy of ys) {
        // The map pans by (-dx, -dy) map pixels; only within its bounds (else Leaflet pans it back).
        if (-dx / scale < room.left || -dx / scale > room.right || -dy / scale < room.up || -dy / scale > room.down) continue;
        // Ties go to the smaller pan, then to the zoom tried first.
        const cost = viewCost(box, overlays, targets, dx, dy) + (Math.abs(dx) + Math.abs(dy)) / 1e4;
        if (!best || cost < best.cost) best = { zoom, dx, dy, cost };
      }
    }
    if (best && best.cost < 1) break;
  }
  if (!best) return;
  if (best.zoom !== map.getZoom()) map.setView(centre, best.zoom, { animate: false });
  // Moving the markers by (dx, dy) is panning the map the other way.
  if (best.dx !== 0 || best.dy !== 0) map.panBy([-best.dx / scale, -best.dy / scale], { animate: false });
  const limits = map.options.maxBounds;
  if (limits) map.panInsideBounds(limits, { animate: false });
  map.setMinZoom(Math.min(leastZoom, Math.floor(fitted * 2) / 2, best.zoom));
}
