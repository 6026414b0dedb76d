/**
 * The benchmark's peer reference: the same sites shown through Leaflet.timeline (npm
 * `leaflet.timeline`), each site split into one feature per interval in which its state holds,
 * drawn as the same kind of DOM marker as the app's. `window.benchStep(moment)` moves it in time.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import 'leaflet.timeline';
import data from 'virtual:geo';
import { compileHistory } from '../../src/model/history.ts';
import { WINDOW_END, WINDOW_START } from '../../src/model/time.ts';
import { markerHtml } from '../../src/map/marker-icon.ts';
import type { Feature, FeatureCollection, Point } from 'geojson';

const history = compileHistory(data);
const features: Feature<Point>[] = [];
for (const site of history.sites) {
  const states = [{ state: site.initial.state, from: WINDOW_START - 1 }, ...site.changes.map((c) => ({ state: c.state, from: c.moment }))];
  states.forEach((s, i) => {
    const next = states[i + 1];
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: site.point },
      properties: { kind: site.kind, state: s.state, start: s.from, end: next ? next.from : WINDOW_END + 1, endExclusive: true },
    });
  });
}

const map = L.map('map', { preferCanvas: true }).setView([59.938, 30.325], 13);
type TimelineLayer = L.GeoJSON & { setTime: (time: number) => void };
const timelineFactory = (L as unknown as { timeline: (data: FeatureCollection, options: object) => TimelineLayer }).timeline;
const timeline = timelineFactory(
  { type: 'FeatureCollection', features },
  {
    getInterval: (f: Feature) => ({ start: f.properties?.start as number, end: f.properties?.end as number, endExclusive: true }),
    pointToLayer: (f: Feature, latlng: L.LatLng) =>
      L.marker(latlng, {
        icon: L.divIcon({ className: `site-marker is-${f.properties?.state}`, html: markerHtml(f.properties?.kind), iconSize: [48, 48] }),
        keyboard: true,
      }),
  },
);
timeline.addTo(map);
timeline.setTime(WINDOW_START);

declare global {
  interface Window {
    benchStep: (moment: number) => void;
    benchReady: boolean;
  }
}
window.benchStep = (moment) => timeline.setTime(moment);
window.benchReady = true;
