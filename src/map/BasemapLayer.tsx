/**
 * The city of 1917, drawn from geo/basemap on Leaflet's Canvas renderer in a period palette.
 * Loaded lazily: the slider and the sites work before the last label is drawn. Drawn once; a
 * language change only rewrites label texts, a zoom only shows or hides labels.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import { loadWithRetry } from '../app/recovery.ts';
import type { BasemapData, Bilingual } from '../model/schema.ts';
import type { Lang } from '../model/time.ts';
import { labelAngle, labelAnchor, type Placed } from './label-placement.ts';

const PANES = { parks: 240, water: 250, railways: 260, streets: 270, bridges: 280, labels: 350 } as const;

const STYLE = {
  water: { stroke: true, color: '#6f8e95', weight: 1, fillColor: '#a7bfc3', fillOpacity: 1 },
  parks: { stroke: false, fillColor: '#c9cf9f', fillOpacity: 0.85 },
  square: { stroke: false, fillColor: '#e4d6b5', fillOpacity: 1 },
  streetCasing: { color: '#8c7b60', lineCap: 'round' as const },
  streetFill: { color: '#fbf6ea', lineCap: 'round' as const },
  railBase: { color: '#2f2a24', weight: 4 },
  railTies: { color: '#f5efe0', weight: 2, dashArray: '7 7' },
  bridge: { color: '#3a3128', weight: 6, lineCap: 'butt' as const },
  bridgeDeck: { color: '#e9dfc8', weight: 3, lineCap: 'butt' as const },
};
const STREET_WIDTH: Record<number, number> = { 1: 5, 2: 3.5, 3: 2.5 };

/** From which zoom a label shows, by kind and rank. */
const STREET_LABEL_ZOOM: Record<number, number> = { 1: 14, 2: 15, 3: 16 };

interface Label {
  marker: L.Marker;
  name: Bilingual;
  minZoom: number;
  /** Lower draws first and wins a collision. */
  priority: number;
  className: string;
  angle: number;
}

export function BasemapLayer({ lang }: { lang: Lang }) {
  const map = useMap();
  const [data, setData] = useState<BasemapData | undefined>(undefined);
  const labels = useRef<Label[]>([]);

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
    function drawBasemap() {
      if (!data) return undefined;
      for (const [name, z] of Object.entries(PANES)) {
        const pane = map.getPane(name) ?? map.createPane(name);
        pane.style.zIndex = String(z);
        if (name === 'labels') {
          pane.style.pointerEvents = 'none';
          pane.setAttribute('aria-hidden', 'true');
        }
      }
      const renderer = (pane: string) => L.canvas({ pane, padding: 0.3 });
      const group = L.layerGroup().addTo(map);
      const latLngs = (coordinates: number[][]) => coordinates.map(([lon, lat]) => [lat, lon] as L.LatLngTuple);
      const area = (geometry: BasemapData['water'][number]['geometry']) =>
        geometry.type === 'Polygon' ? geometry.coordinates.map(latLngs) : geometry.coordinates.map((p) => p.map(latLngs));

      const parksRenderer = renderer('parks');
      for (const park of data.parks) {
        const style = park.properties.kind === 'square' ? STYLE.square : STYLE.parks;
        group.addLayer(L.polygon(area(park.geometry), { ...style, renderer: parksRenderer, interactive: false }));
      }
      const waterRenderer = renderer('water');
      for (const body of data.water) group.addLayer(L.polygon(area(body.geometry), { ...STYLE.water, renderer: waterRenderer, interactive: false }));
      const railRenderer = renderer('railways');
      for (const rail of data.railways) {
        const line = latLngs(rail.geometry.coordinates);
        group.addLayer(L.polyline(line, { ...STYLE.railBase, renderer: railRenderer, interactive: false }));
        group.addLayer(L.polyline(line, { ...STYLE.railTies, renderer: railRenderer, interactive: false }));
      }
      const streetRenderer = renderer('streets');
      const byRank = [...data.streets].sort((a, b) => b.properties.rank - a.properties.rank);
      for (const street of byRank) {
        const w = STREET_WIDTH[street.properties.rank] ?? 2.5;
        group.addLayer(L.polyline(latLngs(street.geometry.coordinates), { ...STYLE.streetCasing, weight: w + 2, renderer: streetRenderer, interactive: false }));
      }
      for (const street of byRank) {
        const w = STREET_WIDTH[street.properties.rank] ?? 2.5;
        group.addLayer(L.polyline(latLngs(street.geometry.coordinates), { ...STYLE.streetFill, weight: w, renderer: streetRenderer, interactive: false }));
      }
      const bridgeRenderer = renderer('bridges');
      for (const bridge of data.bridges) {
        const line = latLngs(bridge.geometry.coordinates);
        group.addLayer(L.polyline(line, { ...STYLE.bridge, renderer: bridgeRenderer, interactive: false }));
        group.addLayer(L.polyline(line, { ...STYLE.bridgeDeck, renderer: bridgeRenderer, interactive: false }));
      }

      const made: Label[] = [];
      const addLabel = (placed: Placed, name: Bilingual, className: string, minZoom: number, priority: number) => {
        const marker = L.marker([placed.lat, placed.lon], {
          pane: 'labels',
          interactive: false,
          keyboard: false,
          icon: L.divIcon({ className: 'map-label-anchor', html: '', iconSize: [0, 0] }),
        });
        made.push({ marker, name, minZoom, priority, className, angle: placed.angle });
      };
      for (const label of data.labels) {
        const [lon, lat] = label.geometry.coordinates;
        const priority = label.properties.kind === 'district' ? 0 : label.properties.kind === 'island' ? 1 : 2;
        addLabel({ lon, lat, angle: 0 }, label.properties.name, `map-label map-label--${label.properties.kind}`, label.properties.minZoom, priority);
      }
      for (const street of data.streets) {
        const anchor = labelAnchor(street.geometry.coordinates as [number, number][]);
        if (!anchor) continue;
        const { rank } = street.properties;
        addLabel({ ...anchor, angle: labelAngle(anchor.bearing) }, street.properties.name, `map-label map-label--street map-label--rank${rank}`, STREET_LABEL_ZOOM[rank] ?? 16, 2 + rank);
      }
      for (const label of made) group.addLayer(label.marker);
      labels.current = made.sort((a, b) => a.priority - b.priority);
      return () => {
        group.remove();
        labels.current = [];
      };
    },
    [map, data],
  );

  useEffect(
    function writeLabelsAndResolveOverlaps() {
      if (!data) return undefined;
      const write = () => {
        const zoom = map.getZoom();
        const taken: DOMRect[] = [];
        for (const label of labels.current) {
          const element = label.marker.getElement();
          if (!element) continue;
          let span = element.firstElementChild as HTMLElement | null;
          if (!span) {
            span = document.createElement('span');
            span.className = label.className;
            if (label.angle) span.style.setProperty('--angle', `${label.angle}deg`);
            element.appendChild(span);
          }
          if (span.textContent !== label.name[lang]) span.textContent = label.name[lang];
          let visible = zoom >= label.minZoom;
          if (visible) {
            span.hidden = false;
            const box = span.getBoundingClientRect();
            visible = !taken.some((t) => box.left < t.right + 4 && box.right > t.left - 4 && box.top < t.bottom + 2 && box.bottom > t.top - 2);
            if (visible) taken.push(box);
          }
          span.hidden = !visible;
        }
      };
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
