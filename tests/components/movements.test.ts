// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import L from 'leaflet';
import type { Route } from '../../src/model/history.ts';
import { Movements } from '../../src/map/movements.ts';

/** A march east along a parallel and then north, from 600 to 700. */
const ROUTE: Route = {
  id: 'march',
  kind: 'column',
  name: { en: 'March', ru: 'Марш' },
  description: { en: '', ru: '' },
  start: 600,
  end: 700,
  approximate: false,
  path: [
    [30.3, 59.93],
    [30.34, 59.93],
    [30.34, 59.95],
  ],
  sources: [],
};

let map: L.Map;
let layer: Movements;
const anchor = () => document.querySelector('.mover[data-route-id="march"]')!.parentElement!;
const trail = () => document.querySelector<SVGPathElement>('.route-trail[data-route-id="march"]')!;
const moverAt = () => map.layerPointToLatLng(L.DomUtil.getPosition(anchor()));

beforeEach(() => {
  const container = document.createElement('div');
  Object.defineProperties(container, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  document.body.append(container);
  map = L.map(container, { center: [59.94, 30.32], zoom: 13 });
  layer = new Movements([ROUTE]).addTo(map);
});
afterEach(() => {
  map.remove();
  document.body.innerHTML = '';
});

describe('Movements', () => {
  it('hides the mover and its trail before the movement starts', () => {
    layer.setMoment(500);
    expect(anchor().classList.contains('is-still')).toBe(true);
    expect(trail().getAttribute('stroke-opacity')).toBe('0');
  });

  it('carries the mover along its route, the trail drawn up to it', () => {
    layer.setMoment(625); // a quarter of the time: half-way along the first leg (which is about 45 % of the way)
    expect(anchor().classList.contains('is-still')).toBe(false);
    expect(trail().getAttribute('stroke-opacity')).toBe('0.85');
    const early = moverAt();
    expect(early.lat).toBeCloseTo(59.93, 3);
    expect(early.lng).toBeGreaterThan(30.31);
    expect(early.lng).toBeLessThan(30.33);
    layer.setMoment(690);
    const late = moverAt();
    expect(late.lng).toBeCloseTo(30.34, 3);
    expect(late.lat).toBeGreaterThan(59.94);
    const points = layer
      .getLayers()
      .find((l): l is L.Polyline => l instanceof L.Polyline)!
      .getLatLngs() as L.LatLng[];
    expect(points).toHaveLength(3);
    expect(points[2]!.distanceTo(late)).toBeLessThan(20);
  });

  it('leaves the whole route as a faint trail once it has arrived', () => {
    layer.setMoment(650).setMoment(800);
    expect(anchor().classList.contains('is-still')).toBe(true);
    expect(trail().getAttribute('stroke-opacity')).toBe('0.35');
    const points = layer
      .getLayers()
      .find((l): l is L.Polyline => l instanceof L.Polyline)!
      .getLatLngs() as L.LatLng[];
    expect(points.map((p) => [p.lng, p.lat])).toEqual(ROUTE.path);
  });
});
