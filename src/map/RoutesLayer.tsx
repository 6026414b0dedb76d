/**
 * Movements: the Aurora up the Neva, Kerensky's car, columns converging. Each route has one trail
 * polyline and one mover marker, made once; the moment only moves them and changes their class.
 * They follow the clock by subscription: a slider step moves them without a React render.
 * The movers are decorative for assistive technology: the event feed tells the same story.
 *
 * A mover's marker stays at its route's start; the disc inside it is carried along the route by a
 * paused animation whose keyframes are the route's points (see scrubAlong), redone when the zoom
 * changes. Moved by Leaflet, each step wrote the marker's transform to its style, and Chromium
 * then sorted the whole page into compositor layers again (about 0.5 ms a step with the real data).
 * The trail is the whole route, drawn up to the mover by the offset of its dash (see scrubStroke),
 * again a paused animation: growing the path itself laid it out again on every step, changed its
 * bounds and so made Chromium sort the layers again (about 0.3 ms a movement step).
 */
import { useEffect, useMemo, useRef } from 'react';
import { useMap } from 'react-leaflet';
import L from 'leaflet';
import type { Route } from '../model/history.ts';
import { movementAt, pathLengths } from '../model/movement.ts';
import type { RouteKind } from '../model/schema.ts';
import type { Clock } from '../clock/clock.ts';
import { scrubAlong, scrubStroke, type Scrub } from '../dom/scrub.ts';

const GLYPHS: Record<RouteKind, string> = {
  ship: 'M2.5 15h19l-3 5h-13z M6 15v-4h10v4 M9 11V6h3v5',
  car: 'M3 16v-4l2-5h11l3 5h2v4z M7 19.5a1.8 1.8 0 1 0 0-.1z M17 19.5a1.8 1.8 0 1 0 0-.1z',
  foot: 'M12 4.5a1.8 1.8 0 1 0 0-.1z M10 21l2-7 3 3v5 M12 14l-1-5 4 2 2 3 M11 9l-3 3',
  column: 'M5 20V9 M5 9l3-3 3 3 M12 20V9 M12 9l3-3 3 3 M19 20V9',
  convoy: 'M3 16h12v-7H3z M15 16h4l2-3v-2h-6 M7 19a1.5 1.5 0 1 0 0-.1z M17 19a1.5 1.5 0 1 0 0-.1z',
};

function moverIcon(route: Route): L.DivIcon {
  return L.divIcon({
    className: 'mover-anchor is-still',
    html: `<div class="mover mover--${route.kind}" data-route-id="${route.id}"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${GLYPHS[route.kind]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg></div>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
}

const toLatLng = ([lon, lat]: [number, number]): L.LatLngTuple => [lat, lon];

interface Drawn {
  route: Route;
  lengths: number[];
  trail: L.Polyline;
  mover: L.Marker;
  /** Carries the mover's disc along the route, and draws the trail up to it; made anew for each zoom. */
  glide?: Scrub;
  reveal?: Scrub;
}

/** The route's points in pixels at `zoom`, from its start, and the share of its length at each. */
function routeAtZoom(map: L.Map, route: Route, lengths: readonly number[], zoom: number) {
  const start = map.project(toLatLng(route.path[0] as [number, number]), zoom);
  const points = route.path.map((position) => map.project(toLatLng(position as [number, number]), zoom).subtract(start));
  const total = lengths[lengths.length - 1] ?? 0;
  const shares = lengths.map((length, i) => (i === lengths.length - 1 ? 1 : total > 0 ? length / total : 0));
  const pixels = points.reduce((sum, point, i) => sum + (i > 0 ? point.distanceTo(points[i - 1] as L.Point) : 0), 0);
  return { points, shares, pixels };
}

const TRAIL_STYLE: Record<'before' | 'moving' | 'after', L.PathOptions> = {
  before: { opacity: 0 },
  moving: { opacity: 0.85, weight: 4 },
  after: { opacity: 0.35, weight: 3 },
};

export function RoutesLayer({ routes, clock }: { routes: readonly Route[]; clock: Clock }) {
  const map = useMap();
  const drawn = useRef<Drawn[]>([]);
  /** The phase last drawn per route: a route that is not moving is redrawn only when its phase changes. */
  const drawnPhase = useRef(new Map<string, string>());
  const lengths = useMemo(() => routes.map((route) => pathLengths(route.path)), [routes]);

  useEffect(
    function createRouteLayers() {
      // SVG, not canvas: a moving trail changes one path's attribute instead of repainting a canvas.
      const renderer = L.svg({ padding: 0.3 });
      const group = L.layerGroup().addTo(map);
      drawn.current = routes.map((route, i) => {
        // The whole route, neither clipped to the view nor simplified, so that the length of the path drawn is the route's length in pixels.
        const trail = L.polyline(
          route.path.map((position) => toLatLng(position as [number, number])),
          {
            renderer,
            color: '#3b2a1a',
            ...TRAIL_STYLE.before,
            lineCap: 'round',
            interactive: false,
            className: 'route-trail',
            noClip: true,
            smoothFactor: 0,
          },
        );
        const mover = L.marker(toLatLng(route.path[0] as [number, number]), { icon: moverIcon(route), interactive: false, keyboard: false });
        group.addLayer(trail);
        group.addLayer(mover);
        trail.getElement()?.setAttribute('data-route-id', route.id);
        return { route, lengths: lengths[i] as number[], trail, mover };
      });
      /** Lays each route's keyframes out for `zoom`, and puts each disc back where it was. */
      const layOut = (zoom: number) => {
        for (const entry of drawn.current) {
          const disc = entry.mover.getElement()?.firstElementChild;
          const path = entry.trail.getElement();
          if (!(disc instanceof HTMLElement) || !(path instanceof SVGElement)) continue;
          entry.glide?.cancel();
          entry.reveal?.cancel();
          const { points, shares, pixels } = routeAtZoom(map, entry.route, entry.lengths, zoom);
          const { share } = movementAt(entry.route, clock.get().moment, entry.lengths);
          entry.glide = scrubAlong(disc, points, shares);
          entry.reveal = scrubStroke(path, pixels);
          entry.glide.set(share);
          entry.reveal.set(share);
        }
      };
      const onZoom = () => layOut(map.getZoom());
      // During a zoom animation the markers already stand where the new zoom puts them.
      const onZoomAnimation = (event: L.ZoomAnimEvent) => layOut(event.zoom);
      onZoom();
      map.on('zoomend viewreset', onZoom);
      map.on('zoomanim', onZoomAnimation);
      const phases = drawnPhase.current;
      return () => {
        map.off('zoomend viewreset', onZoom);
        map.off('zoomanim', onZoomAnimation);
        for (const entry of drawn.current) {
          entry.glide?.cancel();
          entry.reveal?.cancel();
        }
        group.remove();
        drawn.current = [];
        phases.clear();
      };
    },
    [map, routes, lengths, clock],
  );

  useEffect(
    function moveMoversWithTheClock() {
      const move = () => {
        const { moment } = clock.get();
        for (const { route, lengths: routeLengths, trail, mover, glide, reveal } of drawn.current) {
          const at = movementAt(route, moment, routeLengths);
          const phaseChanged = at.phase !== drawnPhase.current.get(route.id);
          if (at.phase !== 'moving' && !phaseChanged) continue;
          drawnPhase.current.set(route.id, at.phase);
          glide?.set(at.share);
          reveal?.set(at.share);
          if (!phaseChanged) continue;
          trail.setStyle(TRAIL_STYLE[at.phase]);
          // Out of the page while still, not only transparent: Leaflet places it by a 3D transform,
          // which makes it a compositor layer that every frame would sort and commit.
          mover.getElement()?.classList.toggle('is-still', at.phase !== 'moving');
        }
      };
      move();
      return clock.subscribe(move);
    },
    [map, clock, routes, lengths], // after the layers are made anew, place them at once
  );

  return null;
}
