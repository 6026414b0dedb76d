// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import L from 'leaflet';
import type { Site } from '../../src/model/history.ts';
import type { SiteState } from '../../src/model/schema.ts';
import { SiteMarkers } from '../../src/map/site-markers.ts';

const site = (id: string, point: [number, number], key = false): Site => ({
  id,
  kind: 'telegraph',
  key,
  name: { en: `${id} (en)`, ru: `${id} (ru)` },
  description: { en: '', ru: '' },
  point,
  initial: { state: 'government', sources: [] },
  changes: [],
});
const SITES = [site('post', [30.3, 59.93]), site('bank', [30.34, 59.94]), site('palace', [30.3156, 59.9398], true)];

let map: L.Map;
let layer: SiteMarkers;
let animate: ReturnType<typeof vi.fn>;
const marker = (id: string) => document.querySelector<SVGSVGElement>(`.site-marker[data-site-id="${id}"]`)!;
const centre = (element: SVGSVGElement) => L.point(parseFloat(element.style.left) + 24, parseFloat(element.style.top) + 24);

beforeEach(() => {
  // jsdom has neither layout nor Web Animations: the map gets a size, and flashes are recorded.
  animate = vi.fn();
  Object.assign(Element.prototype, { animate });
  const container = document.createElement('div');
  Object.defineProperties(container, { clientWidth: { value: 800 }, clientHeight: { value: 600 } });
  document.body.append(container);
  map = L.map(container, { center: [59.935, 30.32], zoom: 13 });
  layer = new SiteMarkers(SITES).setStates(['government', 'government', 'government'], 'en').addTo(map);
});
afterEach(() => {
  map.remove();
  document.body.innerHTML = '';
});

describe('SiteMarkers', () => {
  it('makes one focusable, named button per site, showing its state', () => {
    const markers = document.querySelectorAll('.site-markers > .site-marker');
    expect(markers).toHaveLength(3);
    expect(marker('bank').getAttribute('role')).toBe('button');
    expect(marker('bank').getAttribute('tabindex')).toBe('0');
    expect(marker('bank').getAttribute('aria-label')).toBe('bank (en), held by the Provisional Government');
    expect(marker('bank').classList.contains('is-government')).toBe(true);
  });

  it('restyles and flashes only the markers that changed hands', () => {
    const states: SiteState[] = ['government', 'bolshevik', 'contested'];
    layer.setStates(states, 'en');
    expect(marker('post').classList.contains('is-government')).toBe(true);
    expect(marker('bank').classList.contains('is-bolshevik')).toBe(true);
    expect(marker('bank').classList.contains('is-government')).toBe(false);
    expect(marker('palace').getAttribute('aria-label')).toBe('palace (en), contested');
    expect(animate.mock.contexts.map((ring) => (ring as Element).closest('.site-marker')?.getAttribute('data-site-id'))).toEqual(['bank', 'palace']);
    animate.mockClear();
    layer.setStates(states, 'ru');
    expect(marker('post').getAttribute('aria-label')).toMatch(/^post \(ru\), /);
    expect(animate).not.toHaveBeenCalled();
  });

  it('does not flash when asked not to animate (reduced motion)', () => {
    layer.setAnimate(false).setStates(['bolshevik', 'bolshevik', 'bolshevik'], 'en');
    expect(marker('post').classList.contains('is-bolshevik')).toBe(true);
    expect(animate).not.toHaveBeenCalled();
  });

  it('marks the open site, and only it', () => {
    layer.setOpen('bank');
    expect(marker('bank').classList.contains('is-open')).toBe(true);
    expect(marker('bank').getAttribute('aria-expanded')).toBe('true');
    layer.setOpen('post');
    expect(marker('bank').classList.contains('is-open')).toBe(false);
    expect(marker('bank').hasAttribute('aria-expanded')).toBe(false);
    expect(marker('post').getAttribute('aria-expanded')).toBe('true');
  });

  it('fires open on a click, on Enter and on Space, but not at the end of a drag', () => {
    const opened: unknown[] = [];
    layer.on('open', (event) => opened.push('siteId' in event ? event.siteId : undefined));
    const hit = marker('bank').querySelector('.site-marker__hit')!;
    hit.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    marker('post').dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    marker('palace').dispatchEvent(new KeyboardEvent('keydown', { key: ' ', bubbles: true }));
    marker('palace').dispatchEvent(new KeyboardEvent('keydown', { key: 'a', bubbles: true }));
    expect(opened).toEqual(['bank', 'post', 'palace']);
    hit.dispatchEvent(new MouseEvent('pointerdown', { bubbles: true }));
    map.fire('dragstart');
    hit.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(opened).toHaveLength(3);
  });

  it('gives a marker the focus and brings it into view', () => {
    const panInside = vi.spyOn(map, 'panInside');
    layer.focus('bank');
    expect(document.activeElement).toBe(marker('bank'));
    expect(panInside).toHaveBeenCalledWith([59.94, 30.34], { padding: [48, 48], animate: true });
  });

  it('places markers on their sites; a key site keeps its place when markers would overlap', () => {
    const expected = (s: Site) => map.latLngToLayerPoint([s.point[1], s.point[0]]).round();
    expect(centre(marker('bank'))).toEqual(expected(SITES[1]!));
    map.setView([59.935, 30.32], 12, { animate: false }); // post and palace are 19 px apart at zoom 12
    expect(centre(marker('palace'))).toEqual(expected(SITES[2]!));
    const apart = centre(marker('post')).subtract(centre(marker('palace')));
    expect(Math.max(Math.abs(apart.x), Math.abs(apart.y))).toBeGreaterThanOrEqual(48);
  });

  it('during a zoom animation, moves the markers to where the new view puts them', () => {
    const container = document.querySelector<HTMLElement>('.site-markers')!;
    map.panBy([120, -70], { animate: false }); // the map pane is then offset, as after any drag
    const target = { center: L.latLng(59.93, 30.36), zoom: 14 };
    const before = centre(marker('bank'));
    map.fire('zoomanim', { ...target, noUpdate: false });
    const [, tx, ty, scale] = /translate(?:3d)?\(([-\d.]+)px, ?([-\d.]+)px(?:, ?0(?:px)?)?\) scale\(([\d.]+)\)/.exec(container.style.transform)!.map(Number);
    const during = map.layerPointToContainerPoint(L.point(tx!, ty!).add(before.multiplyBy(scale!)));
    map.setView(target.center, target.zoom, { animate: false });
    expect(container.style.transform).toBe('');
    const after = map.layerPointToContainerPoint(centre(marker('bank')));
    expect(Math.abs(during.x - after.x)).toBeLessThanOrEqual(1);
    expect(Math.abs(during.y - after.y)).toBeLessThanOrEqual(1);
  });

  it('takes its markers off the map when removed, and makes them again when added', () => {
    layer.setStates(['contested', 'contested', 'contested'], 'en');
    layer.remove();
    expect(document.querySelector('.site-marker')).toBeNull();
    layer.addTo(map);
    expect(marker('post').classList.contains('is-contested')).toBe(true);
  });
});
