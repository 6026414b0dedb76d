/**
 * Movements as one Leaflet layer: the Aurora up the Neva, Kerensky's car, columns converging. Each
 * route has a trail (a polyline) and a mover (a marker with the route's glyph), made once; the
 * moment only moves them and changes their style. The movers are decorative for assistive
 * technology: the event feed tells the same story.
 */
import L from 'leaflet';
import type { Position, Route } from '../model/history.ts';
import { movementAt, pathLengths, type MovementPhase } from '../model/movement.ts';
import type { RouteKind } from '../model/schema.ts';
import type { Moment } from '../model/time.ts';

const GLYPHS: Record<RouteKind, string> = {
  ship: 'M2.5 15h19l-3 5h-13z M6 15v-4h10v4 M9 11V6h3v5',
  car: 'M3 16v-4l2-5h11l3 5h2v4z M7 19.5a1.8 1.8 0 1 0 0-.1z M17 19.5a1.8 1.8 0 1 0 0-.1z',
  foot: 'M12 4.5a1.8 1.8 0 1 0 0-.1z M10 21l2-7 3 3v5 M12 14l-1-5 4 2 2 3 M11 9l-3 3',
  column: 'M5 20V9 M5 9l3-3 3 3 M12 20V9 M12 9l3-3 3 3 M19 20V9',
  convoy: 'M3 16h12v-7H3z M15 16h4l2-3v-2h-6 M7 19a1.5 1.5 0 1 0 0-.1z M17 19a1.5 1.5 0 1 0 0-.1z',
};

function moverIcon(route: Route): L.DivIcon {
  return L.divIcon({
    className: 'mover-anchor',
    html: `<div class="mover mover--${route.kind}" data-route-id="${route.id}"><svg viewBox="0 0 24 24" aria-hidden="true" focusable="false"><path d="${GLYPHS[route.kind]}" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/></svg></div>`,
    iconSize: [30, 30],
    iconAnchor: [15, 15],
  });
}

const TRAIL_STYLE: Record<MovementPhase, L.PathOptions> = {
  before: { opacity: 0 },
  moving: { opacity: 0.85, weight: 4 },
  after: { opacity: 0.35, weight: 3 },
};

const toLatLng = ([lon, lat]: Position): L.LatLngTuple => [lat, lon];

interface Movement {
  route: Route;
  lengths: number[];
  trail: L.Polyline;
  mover: L.Marker;
  phase?: MovementPhase;
}

export class Movements extends L.LayerGroup {
  private readonly movements: Movement[];
  private moment: Moment = Number.NEGATIVE_INFINITY;

  constructor(routes: readonly Route[]) {
    super();
    // SVG, not the map's canvas: a moving trail then redraws one path, not the canvas.
    const renderer = L.svg();
    this.movements = routes.map((route) => {
      const trail = L.polyline([], { renderer, color: '#3b2a1a', lineCap: 'round', interactive: false, className: 'route-trail' });
      const mover = L.marker(toLatLng(route.path[0] as Position), { icon: moverIcon(route), interactive: false, keyboard: false });
      this.addLayer(trail).addLayer(mover);
      return { route, lengths: pathLengths(route.path), trail, mover };
    });
  }

  override onAdd(map: L.Map): this {
    super.onAdd(map);
    for (const { route, trail } of this.movements) trail.getElement()?.setAttribute('data-route-id', route.id);
    for (const movement of this.movements) movement.phase = undefined;
    return this.setMoment(this.moment);
  }

  /** Puts each mover where it is at `moment`, its trail drawn up to it; a route that is not moving is touched only when its phase changes. */
  setMoment(moment: Moment): this {
    this.moment = moment;
    for (const movement of this.movements) {
      const { route, lengths, trail, mover } = movement;
      const at = movementAt(route, moment, lengths);
      if (at.phase === movement.phase && at.phase !== 'moving') continue;
      trail.setLatLngs(at.travelled.map(toLatLng));
      mover.setLatLng(toLatLng(at.position));
      if (at.phase === movement.phase) continue;
      movement.phase = at.phase;
      trail.setStyle(TRAIL_STYLE[at.phase]);
      // Out of the page while still, not only transparent: a marker is a compositor layer of its own.
      mover.getElement()?.classList.toggle('is-still', at.phase !== 'moving');
    }
    return this;
  }
}
