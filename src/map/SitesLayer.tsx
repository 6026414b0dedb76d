/**
 * The site markers: one small SVG per site, all in one layer on the marker pane, made once when the
 * map mounts. When the moment or the language changes a named effect restyles the existing
 * markers (classes and aria-label); it never rebuilds them.
 *
 * Why not a Leaflet marker per site: Leaflet places each marker with a 3D transform, so each
 * becomes a compositor layer of its own, and the browser re-sorts all of them on every frame, even
 * one that changes nothing on the map (3 ms a step with 360 sites, `npm run bench:trace`). Here
 * the markers are placed by `left`/`top` inside one element that is a layer (see `.site-markers`).
 * Why one SVG per site rather than one for all: a change of hands then repaints only the SVGs of
 * the sites that changed, where one SVG for all was repainted whole. In A/B walks a change of hands
 * cost 1.7 ms less at ×10 and 0.4 ms less with the real data; a quiet step at ×10, 0.25 ms more.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Site } from '../model/history.ts';
import type { SiteState } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { statePhrase } from '../i18n/strings.ts';
import { applyMarkerState, markerSvg, placePulseRing, pulseRingSvg } from '../symbols/marker-icon.ts';
import { declutter } from './declutter.ts';

export const MARKER_SIZE = 48;
/** Room around a marker's 48 px box in its SVG for the rings drawn outside it. */
const MARGIN = 4;
/** A marker's element: what focus returns to when its card closes. */
export type MarkerElement = HTMLElement | SVGElement;
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface SitesLayerProps {
  sites: readonly Site[];
  /** The state of each site, in the order of `sites`. */
  states: readonly SiteState[];
  lang: Lang;
  openSiteId: string | undefined;
  onOpen: (siteId: string) => void;
  /** Filled with each site's marker element, so focus can return to it. */
  markerElements: Map<string, MarkerElement>;
  /** No flashes and no animated panning when the user prefers reduced motion. */
  reducedMotion: boolean;
}

export function markerLabel(site: Site, state: SiteState, lang: Lang): string {
  return `${site.name[lang]}, ${statePhrase(lang, state)}`;
}

/** How long the ring stays lit, and then dark, in a flash. */
export const FLASH_MS = 300;
/** Lit, dark, lit, dark: two flashes in 1.2 s, well under 3 a second. */
const FLASH_PHASES = 4;
const flashTimers = new WeakMap<Element, number[]>();

/**
 * Flashes a marker that just changed hands: its ring lights up twice. Each phase is a single class
 * change rather than an animation that has to be worked out on every frame (which, where the
 * browser cannot hand it to the GPU, costs main-thread time on every frame of the 1.2 s). None
 * when the user prefers reduced motion.
 */
function flash(ring: Element) {
  for (const timer of flashTimers.get(ring) ?? []) window.clearTimeout(timer);
  ring.classList.add('is-lit');
  const timers: number[] = [];
  for (let phase = 1; phase < FLASH_PHASES; phase += 1) {
    timers.push(window.setTimeout(() => ring.classList.toggle('is-lit', phase % 2 === 0), phase * FLASH_MS));
  }
  flashTimers.set(ring, timers);
}

export function SitesLayer({ sites, states, lang, openSiteId, onOpen, markerElements, reducedMotion }: SitesLayerProps) {
  const map = useMap();
  const onOpenRef = useRef(onOpen);
  /** What the marker elements show now; forgotten when they are made anew. */
  const drawn = useRef<{ states: readonly SiteState[]; lang: Lang } | undefined>(undefined);
  useEffect(function keepLatestOpenHandler() {
    onOpenRef.current = onOpen;
  });

  const ringElements = useRef(new Map<string, SVGGElement>());
  const reducedMotionRef = useRef(reducedMotion);
  useEffect(function keepLatestMotionPreference() {
    reducedMotionRef.current = reducedMotion;
  });

  useEffect(
    function createMarkers() {
      const pane = map.getPane('markerPane');
      if (!pane) return;
      const layer = document.createElement('div');
      layer.className = 'site-markers leaflet-zoom-animated';
      const boxes = sites.map((site) => {
        const box = document.createElementNS(SVG_NS, 'svg');
        box.setAttribute('class', 'site-marker__box');
        box.setAttribute('width', String(MARKER_SIZE + 2 * MARGIN));
        box.setAttribute('height', String(MARKER_SIZE + 2 * MARGIN));
        const group = document.createElementNS(SVG_NS, 'g');
        group.setAttribute('class', `site-marker site-marker--${site.kind}`);
        group.setAttribute('role', 'button');
        group.setAttribute('tabindex', '0');
        group.dataset.siteId = site.id;
        // Drawn MARGIN in from the corner, rather than shifted by a viewBox: an SVG with a viewBox that
        // moves its content gets a transform, and so a paint chunk, of its own.
        group.innerHTML = markerSvg(site.kind, MARGIN, MARGIN);
        markerElements.set(site.id, group);
        box.append(group);
        return box;
      });
      layer.append(...boxes);
      // The rings lit by a flash, in an SVG of their own above the markers, so that lighting one
      // repaints neither the markers nor their layer.
      const ringSvg = document.createElementNS(SVG_NS, 'svg');
      ringSvg.setAttribute('class', 'site-rings leaflet-zoom-animated');
      ringSvg.setAttribute('aria-hidden', 'true');
      const rings = sites.map((site) => {
        const ring = document.createElementNS(SVG_NS, 'g');
        ring.setAttribute('class', 'site-marker__pulse');
        ring.dataset.siteId = site.id;
        ring.innerHTML = pulseRingSvg();
        return ring;
      });
      ringSvg.append(...rings);
      ringElements.current = new Map(sites.map((site, i) => [site.id, rings[i] as SVGGElement]));
      pane.append(layer, ringSvg);

      let origin = L.point(0, 0);
      // Key sites keep their true place; others move aside when they would cover one another.
      const order = sites.map((site, i) => ({ site, i })).sort((a, b) => Number(b.site.key) - Number(a.site.key) || a.i - b.i);
      /**
       * Places every marker at its site's point in layer pixels (which change only with the zoom).
       * The markers' layer is sized to hold them all: a layer whose content overflows its box is
       * not painted as one, and each marker would become a layer again.
       */
      const place = () => {
        // A zoom animation's transform (see animateZoom) ends here: at rest the layers carry none.
        layer.style.transform = '';
        ringSvg.style.transform = '';
        const points = order.map(({ site }) => map.latLngToLayerPoint([site.point[1], site.point[0]]));
        const offsets = declutter(points, MARKER_SIZE);
        const corners = order.map((_, k) => {
          const point = points[k] ?? L.point(0, 0);
          const offset = offsets[k] ?? { dx: 0, dy: 0 };
          return L.point(Math.round(point.x + offset.dx - MARKER_SIZE / 2), Math.round(point.y + offset.dy - MARKER_SIZE / 2));
        });
        const left = Math.min(...corners.map((c) => c.x)) - MARKER_SIZE;
        const top = Math.min(...corners.map((c) => c.y)) - MARKER_SIZE;
        const width = Math.max(...corners.map((c) => c.x)) + 2 * MARKER_SIZE - left;
        const height = Math.max(...corners.map((c) => c.y)) + 2 * MARKER_SIZE - top;
        for (const element of [layer, ringSvg])
          Object.assign(element.style, { left: `${left}px`, top: `${top}px`, width: `${width}px`, height: `${height}px` });
        order.forEach(({ i }, k) => {
          const corner = corners[k];
          const box = boxes[i];
          const ring = rings[i];
          if (!corner || !box || !ring) return;
          box.style.left = `${corner.x - left - MARGIN}px`;
          box.style.top = `${corner.y - top - MARGIN}px`;
          placePulseRing(ring, corner.x - left, corner.y - top);
        });
        origin = L.point(left, top);
      };
      /** During a zoom animation the whole set scales about the zoom's origin, as Leaflet's own vector layers do. */
      const animateZoom = (event: L.ZoomAnimEvent) => {
        const scale = map.getZoomScale(event.zoom, map.getZoom());
        const internals = map as unknown as { _getNewPixelOrigin(center: L.LatLng, zoom: number): L.Point; getPixelOrigin(): L.Point };
        // Where the SVG's corner goes: its layer point now, scaled about the new view's pixel origin.
        const corner = origin.add(internals.getPixelOrigin()).multiplyBy(scale).subtract(internals._getNewPixelOrigin(event.center, event.zoom));
        for (const element of [layer, ringSvg]) L.DomUtil.setTransform(element as unknown as HTMLElement, corner.subtract(origin), scale);
      };
      place();
      map.on('zoomend viewreset', place);
      map.on('zoomanim', animateZoom);

      const idOf = (target: EventTarget | null) => (target instanceof Element ? target.closest<SVGGElement>('.site-marker')?.dataset.siteId : undefined);
      const onClick = (event: MouseEvent) => {
        const id = idOf(event.target);
        if (!id) return;
        // A drag of the map that began on a marker is not a tap on it.
        if ((map.dragging as (L.Handler & { moved?: () => boolean }) | undefined)?.moved?.()) return;
        L.DomEvent.stopPropagation(event);
        onOpenRef.current(id);
      };
      const onKeyDown = (event: KeyboardEvent) => {
        const id = idOf(event.target);
        if (!id || (event.key !== 'Enter' && event.key !== ' ')) return;
        event.preventDefault();
        onOpenRef.current(id);
      };
      const onFocus = (event: FocusEvent) => {
        const id = idOf(event.target);
        const site = id ? sites.find((s) => s.id === id) : undefined;
        // A marker reached with the keyboard is brought into view (the map pane does not scroll).
        if (site) map.panInside([site.point[1], site.point[0]], { padding: [MARKER_SIZE, MARKER_SIZE], animate: !reducedMotionRef.current });
      };
      layer.addEventListener('click', onClick);
      layer.addEventListener('keydown', onKeyDown);
      layer.addEventListener('focusin', onFocus);
      return () => {
        map.off('zoomend viewreset', place);
        map.off('zoomanim', animateZoom);
        layer.remove();
        ringSvg.remove();
        ringElements.current = new Map();
        markerElements.clear();
        drawn.current = undefined;
      };
    },
    [map, sites, markerElements],
  );

  useEffect(
    function updateMarkerStates() {
      const before = drawn.current;
      // Only markers whose state changed are touched, unless the language (and so every name) changed.
      const all = !before || before.lang !== lang;
      const flashing: Element[] = [];
      const rings = ringElements.current;
      sites.forEach((site, i) => {
        const element = markerElements.get(site.id);
        const state = states[i];
        if (!element || !state) return;
        const changed = before?.states[i] !== state;
        if (!all && !changed) return;
        applyMarkerState(element, state, markerLabel(site, state, lang));
        const ring = rings.get(site.id);
        if (before && changed && !reducedMotion && ring) flashing.push(ring);
      });
      // Lit from the frame after the one that shows the new states, so that the two are not drawn in one frame.
      if (flashing.length > 0) requestAnimationFrame(() => requestAnimationFrame(() => flashing.forEach(flash)));
      drawn.current = { states, lang };
    },
    [sites, states, lang, markerElements, reducedMotion],
  );

  useEffect(
    function markOpenSite() {
      for (const [id, element] of markerElements) {
        const open = id === openSiteId;
        element.classList.toggle('is-open', open);
        if (open) element.setAttribute('aria-expanded', 'true');
        else element.removeAttribute('aria-expanded');
      }
    },
    [openSiteId, markerElements],
  );

  return null;
}
