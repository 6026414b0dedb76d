/**
 * The city of 1917, drawn from geo/basemap as a period plan (see period-plan.ts). Loaded lazily:
 * the slider and the sites work before the last label is drawn. Drawn once; a language change
 * only rewrites label texts; a zoom or a pan shows or hides labels, which keep clear of each
 * other, of the site markers and of the panels over the map.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import '@fontsource/old-standard-tt/400.css';
import '@fontsource/old-standard-tt/400-italic.css';
import '@fontsource/old-standard-tt/700.css';
import { loadWithRetry } from '../recovery/recovery.ts';
import { beforeNextPaint } from '../dom/schedule.ts';
import type { BasemapModule } from './basemap-module.ts';
import type { Lang } from '../model/time.ts';
import { drawBasemap, OSM_ATTRIBUTION, writeBasemapLabels, type BasemapLabel } from './basemap-draw.ts';
import type { Box } from './label-boxes.ts';
import { SITES_PLACED, type SitesPlaced } from '../placement/site-labels.ts';
import { CITY_BOUNDS } from './PetrogradMap.tsx';

/** The lettering's faces as the labels use them (`.map-label` in app.css): roman, italic, bold. */
const LETTERING_FONTS = ["12px 'Old Standard TT'", "italic 14px 'Old Standard TT'", "600 15px 'Old Standard TT'"];

/** The languages whose lettering has loaded (or failed: then the fallback is what is measured). */
const letteringLoaded = new Set<Lang>();

/**
 * Loads the lettering's faces for the labels' text in `lang` (only the subsets its letters need);
 * undefined once they have loaded. Labels are measured in their own face, once: measured in the
 * fallback first, they would all be placed again when it arrived. Asked once per language, not
 * checked at each switch (`document.fonts.check` there made a switch 10 ms slower).
 */
function loadLettering(lang: Lang, text: string): Promise<unknown> | undefined {
  const fonts = typeof document === 'undefined' ? undefined : document.fonts;
  if (!fonts || letteringLoaded.has(lang)) return undefined;
  return Promise.all(LETTERING_FONTS.map((font) => fonts.load(font, text).catch(() => []))).then(() => letteringLoaded.add(lang));
}

export interface BasemapLayerProps {
  lang: Lang;
}

/** The panels and controls laid over the map, in client pixels: everything over the map but the map itself. */
function overlayBoxes(map: L.Map): Box[] {
  const container = map.getContainer();
  const over = [
    ...container.querySelectorAll<HTMLElement>('.leaflet-control'),
    ...[...(container.parentElement?.children ?? [])].filter((el): el is HTMLElement => el !== container && el instanceof HTMLElement),
  ];
  return over.map((el) => el.getBoundingClientRect()).filter((r) => r.width > 0 && r.height > 0);
}

export function BasemapLayer({ lang }: BasemapLayerProps) {
  const map = useMap();
  const [data, setData] = useState<BasemapModule | undefined>(undefined);
  const labels = useRef<BasemapLabel[]>([]);
  // What the site markers' layer last placed (markers and their names), in layer pixels; heard
  // from the start, since the markers are placed before the basemap has loaded.
  const sitesPlaced = useRef<readonly Box[]>([]);
  const rewrite = useRef<() => void>(() => undefined);

  useEffect(
    function creditOpenStreetMap() {
      // The plan is derived from OpenStreetMap (ODbL). Credited from the start, before the plan
      // has loaded: the attribution has its full size when the home view is fitted clear of it.
      const credit = L.layerGroup([], { attribution: OSM_ATTRIBUTION }).addTo(map);
      return () => {
        credit.remove();
      };
    },
    [map],
  );

  useEffect(
    function hearWhereTheSitesAre() {
      const onSitesPlaced = (event: L.LeafletEvent) => {
        sitesPlaced.current = (event as L.LeafletEvent & SitesPlaced).boxes;
        rewrite.current();
      };
      map.on(SITES_PLACED, onSitesPlaced);
      return () => {
        map.off(SITES_PLACED, onSitesPlaced);
      };
    },
    [map],
  );

  useEffect(function loadBasemap() {
    let cancelled = false;
    loadWithRetry(() => import('virtual:basemap')).then((module) => {
      if (!cancelled) setData(module.default);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  useEffect(
    function drawTheCity() {
      if (!data) return undefined;
      const drawn = drawBasemap(map, data, CITY_BOUNDS);
      labels.current = drawn.labels;
      return () => {
        drawn.group.remove();
        labels.current = [];
      };
    },
    [map, data],
  );

  useEffect(
    function writeLabelsAndResolveOverlaps() {
      if (!data) return undefined;
      let cancelled = false;
      const writeNow = () => {
        if (cancelled) return;
        const rect = map.getContainer().getBoundingClientRect();
        const origin = map.layerPointToContainerPoint([0, 0]);
        // Layer pixels to client pixels (more than one each under CSS zoom, on a 4K kiosk).
        const scale = rect.width / (map.getContainer().offsetWidth || rect.width);
        const x = (v: number) => (v + origin.x) * scale + rect.left;
        const y = (v: number) => (v + origin.y) * scale + rect.top;
        const sites = sitesPlaced.current.map((b) => ({ left: x(b.left) - 2, top: y(b.top) - 2, right: x(b.right) + 2, bottom: y(b.bottom) + 2 }));
        writeBasemapLabels(map, labels.current, lang, [...sites, ...overlayBoxes(map)]);
      };
      // Once, before the next paint, however often the view or the markers changed in the meantime.
      const pending = beforeNextPaint(writeNow);
      const write = () => pending.request();
      rewrite.current = write;
      const loading = loadLettering(lang, labels.current.map((label) => label.name[lang]).join(''));
      if (loading) void loading.then(write);
      else write();
      map.on('zoomend moveend resize', write);
      // A panel opened or closed over the map (the legend is a <details>).
      const parent = map.getContainer().parentElement;
      parent?.addEventListener('toggle', write, true);
      return () => {
        cancelled = true;
        pending.cancel();
        map.off('zoomend moveend resize', write);
        rewrite.current = () => undefined;
        parent?.removeEventListener('toggle', write, true);
      };
    },
    [map, data, lang],
  );

  return null;
}
