/**
 * The city of 1917, drawn from geo/basemap as a period plan (see period-plan.ts). Loaded lazily:
 * the slider and the sites work before the last label is drawn. Drawn once; a language change
 * only rewrites label texts; a zoom or a pan shows or hides labels, which keep clear of each
 * other, of the site markers and of the panels over the map.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import type L from 'leaflet';
import '@fontsource/old-standard-tt/400.css';
import '@fontsource/old-standard-tt/400-italic.css';
import '@fontsource/old-standard-tt/700.css';
import { loadWithRetry } from '../recovery/recovery.ts';
import type { BasemapData } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { drawBasemap, writeBasemapLabels, type BasemapLabel } from './basemap-draw.ts';
import { markerBoxes, type Box } from './label-boxes.ts';
import { declutter } from './declutter.ts';
import { CITY_BOUNDS } from './PetrogradMap.tsx';
import { MARKER_SIZE } from './SitesLayer.tsx';

export interface BasemapLayerProps {
  lang: Lang;
  /** The sites (their points, [lon, lat], and whether key): labels keep clear of their markers. */
  sites: readonly { point: readonly number[]; key?: boolean }[];
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

export function BasemapLayer({ lang, sites }: BasemapLayerProps) {
  const map = useMap();
  const [data, setData] = useState<BasemapData | undefined>(undefined);
  const labels = useRef<BasemapLabel[]>([]);

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
      const write = () => {
        if (cancelled) return;
        const rect = map.getContainer().getBoundingClientRect();
        // Where the markers are: at their sites, moved aside as SitesLayer moves them (key sites first).
        const order = sites.map((site, i) => ({ site, i })).sort((a, b) => Number(b.site.key) - Number(a.site.key) || a.i - b.i);
        const at = order.map(
          ({
            site: {
              point: [lon, lat],
            },
          }) => map.latLngToContainerPoint([lat as number, lon as number]),
        );
        const offsets = declutter(at, MARKER_SIZE);
        const points = at.map((p, k) => ({ x: p.x + (offsets[k]?.dx ?? 0) + rect.left, y: p.y + (offsets[k]?.dy ?? 0) + rect.top }));
        writeBasemapLabels(map, labels.current, lang, [...markerBoxes(points, MARKER_SIZE, 2), ...overlayBoxes(map)]);
      };
      write();
      // The lettering's face arrives after the first layout: measure again with it.
      void document.fonts?.ready.then(write);
      map.on('zoomend moveend resize', write);
      // A panel opened or closed over the map (the legend is a <details>).
      const parent = map.getContainer().parentElement;
      parent?.addEventListener('toggle', write, true);
      return () => {
        cancelled = true;
        map.off('zoomend moveend resize', write);
        parent?.removeEventListener('toggle', write, true);
      };
    },
    [map, data, lang, sites],
  );

  return null;
}
