/**
 * The site markers. Created once when the map mounts; when the moment or the language changes a
 * named effect restyles the existing elements (classes and aria-label), it never rebuilds them.
 */
import { useEffect, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Site } from '../model/history.ts';
import type { SiteState } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { statePhrase } from '../app/i18n.ts';
import { applyMarkerState, markerHtml } from './marker-icon.ts';
import { declutter } from './declutter.ts';

export const MARKER_SIZE = 48;

export interface SitesLayerProps {
  sites: readonly Site[];
  /** The state of each site, in the order of `sites`. */
  states: readonly SiteState[];
  lang: Lang;
  openSiteId: string | undefined;
  onOpen: (siteId: string) => void;
  /** Filled with each site's marker element, so focus can return to it. */
  markerElements: Map<string, HTMLElement>;
  /** No flashes when the user prefers reduced motion. */
  reducedMotion: boolean;
}

export function markerLabel(site: Site, state: SiteState, lang: Lang): string {
  return `${site.name[lang]}, ${statePhrase(lang, state)}`;
}

/** How long the ring stays lit, and then dark, in a flash. */
export const FLASH_MS = 300;
/** Lit, dark, lit, dark: two flashes in 1.2 s, well under 3 a second. */
const FLASH_PHASES = 4;
const flashTimers = new WeakMap<HTMLElement, number[]>();

/**
 * Flashes a marker that just changed hands: its ring lights up twice. Each phase is a single class
 * change rather than an animation that has to be worked out on every frame (which, where the
 * browser cannot hand it to the GPU, costs main-thread time on every frame of the 1.2 s). None
 * when the user prefers reduced motion.
 */
function flash(element: HTMLElement) {
  const ring = element.querySelector<HTMLElement>('.site-marker__pulse');
  if (!ring) return;
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

  useEffect(
    function createMarkers() {
      const group = L.layerGroup();
      for (const site of sites) {
        const [lon, lat] = site.point;
        const marker = L.marker([lat, lon], {
          icon: L.divIcon({
            className: `site-marker site-marker--${site.kind}`,
            html: markerHtml(site.kind),
            iconSize: [MARKER_SIZE, MARKER_SIZE],
            iconAnchor: [MARKER_SIZE / 2, MARKER_SIZE / 2],
          }),
          keyboard: true,
          riseOnHover: true,
        });
        marker.on('click', () => onOpenRef.current(site.id));
        group.addLayer(marker);
        const element = marker.getElement();
        if (element) register(site.id, element);
        marker.on('add', () => {
          const added = marker.getElement();
          if (added) register(site.id, added);
        });
      }
      function register(id: string, element: HTMLElement) {
        element.dataset.siteId = id;
        element.setAttribute('role', 'button');
        element.tabIndex = 0;
        element.addEventListener('keydown', (event) => {
          if (event.key === 'Enter' || event.key === ' ') {
            event.preventDefault();
            onOpenRef.current(id);
          }
        });
        markerElements.set(id, element);
      }
      group.addTo(map);
      return () => {
        group.remove();
        markerElements.clear();
        drawn.current = undefined;
      };
    },
    [map, sites, markerElements],
  );

  useEffect(
    function keepTargetsApart() {
      // Key sites keep their true place; others move aside when they would cover one another.
      const order = sites.map((site, i) => ({ site, i })).sort((a, b) => Number(b.site.key) - Number(a.site.key) || a.i - b.i);
      const spread = () => {
        const points = order.map(({ site }) => map.latLngToLayerPoint([site.point[1], site.point[0]]));
        const offsets = declutter(points, MARKER_SIZE);
        order.forEach(({ site }, k) => {
          const element = markerElements.get(site.id);
          const offset = offsets[k];
          if (!element || !offset) return;
          element.style.marginLeft = `${offset.dx - MARKER_SIZE / 2}px`;
          element.style.marginTop = `${offset.dy - MARKER_SIZE / 2}px`;
        });
      };
      spread();
      map.on('zoomend', spread);
      return () => {
        map.off('zoomend', spread);
      };
    },
    [map, sites, markerElements],
  );

  useEffect(
    function updateMarkerStates() {
      const before = drawn.current;
      // Only markers whose state changed are touched, unless the language (and so every name) changed.
      const all = !before || before.lang !== lang;
      const flashing: HTMLElement[] = [];
      sites.forEach((site, i) => {
        const element = markerElements.get(site.id);
        const state = states[i];
        if (!element || !state) return;
        const changed = before?.states[i] !== state;
        if (!all && !changed) return;
        applyMarkerState(element, state, markerLabel(site, state, lang));
        if (before && changed && !reducedMotion) flashing.push(element);
      });
      for (const element of flashing) flash(element);
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
