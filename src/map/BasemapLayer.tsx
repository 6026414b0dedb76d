/**
 * The city of 1917, drawn from geo/basemap on Leaflet's Canvas renderer in a period palette.
 * Loaded lazily: the slider and the sites work before the last label is drawn. Drawn once; a
 * language change only rewrites label texts, a zoom only shows or hides labels.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import { loadWithRetry } from '../recovery/recovery.ts';
import type { BasemapData } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { drawBasemap, writeBasemapLabels, type BasemapLabel } from './basemap-draw.ts';

export function BasemapLayer({ lang }: { lang: Lang }) {
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
      const drawn = drawBasemap(map, data);
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
      const write = () => writeBasemapLabels(map, labels.current, lang);
      write();
      map.on('zoomend', write);
      return () => {
        map.off('zoomend', write);
      };
    },
    [map, data, lang],
  );

  return null;
}
