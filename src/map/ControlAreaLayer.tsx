/**
 * The area each side controls. Each site's zone of influence (fixed geometry, computed at build
 * time and loaded lazily) is drawn once as its own filled polygon; zones do not overlap, so a
 * side's area is simply its zones filled in its colour. Crossing a change of hands only restyles
 * the zones that changed, in the frame of the step. The outline of each side's area (the union of
 * its zones) is worked out in idle time, once per epoch of holdings, and cached: every epoch's
 * outline is worked out in the idle time after the zones load, so scrubbing never waits for
 * geometry. The outlines and the sizes of the areas (which the legend shows) follow the fills in
 * the next frame: a change of hands is the costliest kind of step, and this moves about 0.7 ms of
 * its work (the outline's path, the legend's text) into a frame that has little else to do.
 */
import { useEffect, useRef, useState } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import { loadWithRetry } from '../recovery/recovery.ts';
import { inNextFrame } from '../dom/schedule.ts';
import type { SiteState } from '../model/schema.ts';
import type { Area, ControlAreas } from '../model/control-areas.ts';
import type { AreaSizesStore } from './control-area-sizes.ts';

export interface ControlAreaLayerProps {
  /** Which epoch of holdings the moment is in; `states` are the holdings of that epoch. */
  epoch: number;
  states: readonly SiteState[];
  /** How many epochs there are, and the holdings of each: their outlines are worked out ahead, when idle. */
  epochs: number;
  statesOf: (epoch: number) => readonly SiteState[];
  siteIds: readonly string[];
  /** Where the size of each side's area is published whenever the holdings change. */
  sizes?: AreaSizesStore;
}

const FILL: Record<SiteState, L.PathOptions> = {
  bolshevik: { fillColor: '#c0262c', fillOpacity: 0.22 },
  government: { fillColor: '#3a6aa8', fillOpacity: 0.12 },
  contested: { fillOpacity: 0 },
};
const OUTLINE: Record<'bolshevik' | 'government', L.PathOptions> = {
  bolshevik: { color: '#8f1418', weight: 2.5, fill: false, interactive: false },
  government: { color: '#1d3f6e', weight: 1.25, fill: false, interactive: false },
};

interface Loaded {
  zones: Map<string, Area>;
  /** Square kilometres of each zone. */
  zoneKm2: Map<string, number>;
  unite: (states: readonly SiteState[]) => ControlAreas;
}

function latLngsOf(area: Area | null): L.LatLngExpression[][][] {
  if (!area) return [];
  const polygons = area.geometry.type === 'Polygon' ? [area.geometry.coordinates] : area.geometry.coordinates;
  return polygons.map((rings) => rings.map((ring) => ring.map(([lon, lat]) => [lat as number, lon as number] as L.LatLngTuple)));
}

// Safari has no requestIdleCallback: fall back to a short timeout there.
const hasIdle = typeof window !== 'undefined' && typeof window.requestIdleCallback === 'function';
const idle = (callback: () => void, timeout?: number): number =>
  hasIdle ? window.requestIdleCallback(callback, timeout === undefined ? undefined : { timeout }) : window.setTimeout(callback, 50);
const cancelIdle = (handle: number) => (hasIdle ? window.cancelIdleCallback(handle) : window.clearTimeout(handle));

export function ControlAreaLayer({ epoch, states, epochs, statesOf, siteIds, sizes }: ControlAreaLayerProps) {
  const map = useMap();
  const [loaded, setLoaded] = useState<Loaded | undefined>(undefined);
  const zonePolygons = useRef(new Map<string, L.Polygon>());
  const drawnStates = useRef(new Map<string, SiteState>());
  const outlines = useRef<{ bolshevik: L.Polygon; government: L.Polygon } | undefined>(undefined);
  const unions = useRef(new Map<number, Record<'bolshevik' | 'government', L.LatLngExpression[][][]>>());

  useEffect(
    function loadZones() {
      let cancelled = false;
      loadWithRetry(() => Promise.all([import('virtual:control-zones'), import('../model/control-areas.ts')])).then(([zonesModule, areas]) => {
        if (cancelled) return;
        const zones = new Map(Object.entries(zonesModule.default));
        const zoneKm2 = new Map([...zones].map(([id, zone]) => [id, areas.areaKm2(zone)]));
        setLoaded({ zones, zoneKm2, unite: (s) => areas.controlAreas(siteIds, s, zones) });
      });
      return () => {
        cancelled = true;
      };
    },
    [siteIds],
  );

  useEffect(
    function drawZonesOnce() {
      if (!loaded) return undefined;
      const pane = map.getPane('controlPane') ?? map.createPane('controlPane');
      pane.style.zIndex = '300';
      // SVG, not canvas: restyling a zone then repaints that zone, where a canvas would be redrawn
      // and handed to the compositor whole (about 3 ms of commit per change of hands, measured
      // with `npm run bench:trace`), and an idle canvas still costs its hand-over on every frame.
      const renderer = L.svg({ pane: 'controlPane', padding: 0.3 });
      // The outlines in an SVG (and so a compositor layer) of their own: a new outline spans the
      // whole city, and in the zones' SVG it had every zone drawn again with it. Solid, not dashed:
      // dashing the outlines made them the costliest thing to raster. Traced at ×10 sites, the
      // raster work per change of hands fell from about 70 ms to 15 ms, and the steps just after
      // one stopped waiting for it (slider-step p95 at ×10: 8.6 → 7.7 ms in alternating walks).
      const outlinePane = map.getPane('controlOutlinePane') ?? map.createPane('controlOutlinePane');
      outlinePane.style.zIndex = '301';
      outlinePane.style.pointerEvents = 'none';
      const outlineRenderer = L.svg({ pane: 'controlOutlinePane', padding: 0.3 });
      const group = L.layerGroup().addTo(map);
      const polygons = zonePolygons.current;
      const drawn = drawnStates.current;
      for (const [id, zone] of loaded.zones) {
        const polygon = L.polygon(latLngsOf(zone), { renderer, stroke: false, interactive: false, ...FILL.contested });
        polygons.set(id, polygon);
        group.addLayer(polygon);
      }
      const government = L.polygon([], { renderer: outlineRenderer, ...OUTLINE.government });
      const bolshevik = L.polygon([], { renderer: outlineRenderer, ...OUTLINE.bolshevik });
      group.addLayer(government);
      group.addLayer(bolshevik);
      outlines.current = { bolshevik, government };
      return () => {
        group.remove();
        polygons.clear();
        drawn.clear();
        outlines.current = undefined;
      };
    },
    [map, loaded],
  );

  useEffect(
    function restyleZonesThatChangedHands() {
      if (!loaded) return undefined;
      let bolshevikKm2 = 0;
      let governmentKm2 = 0;
      siteIds.forEach((id, i) => {
        const state = states[i];
        const polygon = zonePolygons.current.get(id);
        if (!state || !polygon) return;
        if (state === 'bolshevik') bolshevikKm2 += loaded.zoneKm2.get(id) ?? 0;
        if (state === 'government') governmentKm2 += loaded.zoneKm2.get(id) ?? 0;
        if (drawnStates.current.get(id) === state) return;
        drawnStates.current.set(id, state);
        polygon.setStyle(FILL[state]);
      });
      return sizes ? inNextFrame(() => sizes.set({ bolshevikKm2, governmentKm2 })) : undefined;
    },
    [loaded, siteIds, states, sizes],
  );

  /** The outlines of an epoch's areas, worked out once, ready for Leaflet. */
  const outlinesOf = (epochToOutline: number, holdings: readonly SiteState[], unite: Loaded['unite']) => {
    let outline = unions.current.get(epochToOutline);
    if (!outline) {
      const areas = unite(holdings);
      outline = { bolshevik: latLngsOf(areas.bolshevik), government: latLngsOf(areas.government) };
      unions.current.set(epochToOutline, outline);
    }
    return outline;
  };

  useEffect(
    function outlineHeldAreas() {
      if (!loaded) return undefined;
      const draw = () => {
        const outline = outlinesOf(epoch, states, loaded.unite);
        outlines.current?.bolshevik.setLatLngs(outline.bolshevik);
        outlines.current?.government.setLatLngs(outline.government);
      };
      // Ready: drawn in the next frame, after the fills. Not yet: worked out when the browser is idle (within 1 s).
      if (unions.current.has(epoch)) return inNextFrame(draw);
      const handle = idle(draw, 1000);
      return () => cancelIdle(handle);
    },
    [loaded, epoch, states],
  );

  useEffect(
    function workOutEveryOutlineWhenIdle() {
      if (!loaded) return undefined;
      // One epoch per idle period, only while the browser has nothing else to do.
      let next = 0;
      let handle = 0;
      const work = () => {
        while (next < epochs && unions.current.has(next)) next += 1;
        if (next >= epochs) return;
        outlinesOf(next, statesOf(next), loaded.unite);
        handle = idle(work);
      };
      handle = idle(work);
      return () => cancelIdle(handle);
    },
    [loaded, epochs, statesOf],
  );

  return null;
}
