/**
 * The benchmark's peer reference: the same map made with Leaflet.timeline (npm `leaflet.timeline`)
 * instead of the app's own stepping. The same sites, each split into one feature per interval in
 * which its state holds, drawn as the same kind of DOM marker as the app's; the same basemap, drawn
 * by the same code; and Leaflet.timeline's own slider control, whose read-out shows the moment as
 * the app's clock does. `window.benchStep(moment)` moves the control, as a visitor would.
 */
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import '../../src/styles/app.css';
import 'leaflet.timeline';
import data from 'virtual:geo';
import basemap from 'virtual:basemap';
import { compileHistory } from '../../src/model/history.ts';
import { dateOf, formatClock, formatDate, WINDOW_END, WINDOW_START } from '../../src/model/time.ts';
import { markerDefs, markerImage } from '../../src/symbols/marker-icon.ts';
import { drawBasemap, writeBasemapLabels } from '../../src/map/basemap-draw.ts';
import { CITY_BOUNDS } from '../../src/map/PetrogradMap.tsx';
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

document.body.insertAdjacentHTML('beforeend', `<svg class="marker-defs" aria-hidden="true">${markerDefs()}</svg>`);
const map = L.map('map', { preferCanvas: true }).setView([59.938, 30.325], 13);
// Reachable as the app's map is, for the pan-and-zoom part of the benchmark.
(map.getContainer() as HTMLElement & { leafletMap?: L.Map }).leafletMap = map;
/** `?empty`: the map with no layer at all, the floor of what a frame of panning or zooming costs on the machine. */
const empty = new URLSearchParams(window.location.search).has('empty');
if (!empty) {
  const { labels } = drawBasemap(map, basemap, CITY_BOUNDS);
  writeBasemapLabels(map, labels, 'en');
}

type TimelineLayer = L.GeoJSON & { setTime: (time: number) => void };
type SliderControl = L.Control & { addTimelines: (...timelines: TimelineLayer[]) => void; setTime: (time: number) => void };
const { timeline: timelineFactory, timelineSliderControl } = L as unknown as {
  timeline: (data: FeatureCollection, options: object) => TimelineLayer;
  timelineSliderControl: (options: object) => SliderControl;
};
const timeline = timelineFactory(
  { type: 'FeatureCollection', features },
  {
    getInterval: (f: Feature) => ({ start: f.properties?.start as number, end: f.properties?.end as number, endExclusive: true }),
    pointToLayer: (f: Feature, latlng: L.LatLng) =>
      L.marker(latlng, {
        icon: L.divIcon({ className: 'site-marker-icon', html: markerImage(f.properties?.kind, f.properties?.state), iconSize: [48, 48] }),
        keyboard: true,
      }),
  },
);
const slider = timelineSliderControl({
  start: WINDOW_START,
  end: WINDOW_END,
  enablePlayback: true,
  showTicks: true,
  formatOutput: (moment: number) => `${formatClock(moment)} ${formatDate(dateOf(moment, 'julian'), 'en')} (${formatDate(dateOf(moment, 'gregorian'), 'en')})`,
});
if (!empty) {
  timeline.addTo(map);
  slider.addTo(map);
  slider.addTimelines(timeline);
  slider.setTime(WINDOW_START);
}

declare global {
  interface Window {
    benchStep: (moment: number) => void;
    benchReady: boolean;
  }
}
window.benchStep = (moment) => slider.setTime(moment);
window.benchReady = true;
