/**
 * The basemap against its OpenStreetMap source and against the city of October 1917, on the
 * committed files: the traced water matches the extract in the box where the extract is complete,
 * the bridges are those of 1917 and span the water, no post-1917 name is shown, and the build
 * reproduces the committed files.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import area from '@turf/area';
import bboxPolygon from '@turf/bbox-polygon';
import intersect from '@turf/intersect';
import union from '@turf/union';
import { featureCollection } from '@turf/helpers';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { checkGeo } from '../../scripts/geo-files.ts';
import { inAny } from '../../src/model/geometry-checks.ts';

const root = join(import.meta.dirname, '..', '..');
const { basemap } = checkGeo(root);
if (!basemap) throw new Error('geo/ is invalid: run npm run check:geo');
const read = (path: string) => JSON.parse(readFileSync(join(root, path), 'utf8')) as FeatureCollection;

/** The box inside which the extract is complete (geo/basemap/source/README.md). */
const BOX: [number, number, number, number] = [30.275, 59.905, 30.4, 59.965];
type Area = Feature<Polygon | MultiPolygon>;
const derived = basemap.water as Area[];
const source = read('geo/basemap/source/water.geojson').features as Area[];

function clipped(features: Area[]): Area {
  const merged = union(featureCollection(features));
  const inBox = merged && intersect(featureCollection([merged, bboxPolygon(BOX)]));
  if (!inBox) throw new Error('no water in the box');
  return inBox;
}

// ——— distances in metres, in a local projection (error < 0.3 % across the city) ———
const KX = 111320 * Math.cos((59.94 * Math.PI) / 180);
const KY = 111412;
const rings = (a: Area) => (a.geometry.type === 'Polygon' ? a.geometry.coordinates : a.geometry.coordinates.flat());
const onBoxEdge = ([x, y]: Position) =>
  Math.abs(x! - BOX[0]) < 1e-7 || Math.abs(x! - BOX[2]) < 1e-7 || Math.abs(y! - BOX[1]) < 1e-7 || Math.abs(y! - BOX[3]) < 1e-7;

/** The banks of an area as segments in metres, without the straight cuts along the box's edge. */
function banks(a: Area): [number, number, number, number][] {
  const out: [number, number, number, number][] = [];
  for (const ring of rings(a))
    for (let i = 1; i < ring.length; i++) {
      const p = ring[i - 1]!;
      const q = ring[i]!;
      if (onBoxEdge(p) && onBoxEdge(q)) continue;
      out.push([p[0]! * KX, p[1]! * KY, q[0]! * KX, q[1]! * KY]);
    }
  return out;
}
/** Nearest-bank distances through a grid of 100 m cells (searched out to `limit` metres). */
function bankIndex(segments: [number, number, number, number][], limit = 400) {
  const CELL = 100;
  const cells = new Map<string, [number, number, number, number][]>();
  for (const s of segments) {
    const [x0, x1] = [Math.min(s[0], s[2]), Math.max(s[0], s[2])].map((v) => Math.floor(v / CELL));
    const [y0, y1] = [Math.min(s[1], s[3]), Math.max(s[1], s[3])].map((v) => Math.floor(v / CELL));
    for (let i = x0!; i <= x1!; i++) for (let j = y0!; j <= y1!; j++) cells.set(`${i},${j}`, [...(cells.get(`${i},${j}`) ?? []), s]);
  }
  return (x: number, y: number) => {
    let best = limit;
    const r = Math.ceil(limit / CELL);
    const [ci, cj] = [Math.floor(x / CELL), Math.floor(y / CELL)];
    for (let i = ci - r; i <= ci + r; i++)
      for (let j = cj - r; j <= cj + r; j++)
        for (const [ax, ay, bx, by] of cells.get(`${i},${j}`) ?? []) {
          const dx = bx - ax;
          const dy = by - ay;
          const t = dx || dy ? Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy))) : 0;
          best = Math.min(best, Math.hypot(x - ax - t * dx, y - ay - t * dy));
        }
    return best;
  };
}
/** Points every `step` metres along the banks. */
function alongBanks(segments: [number, number, number, number][], step = 10): [number, number][] {
  const points: [number, number][] = [];
  for (const [ax, ay, bx, by] of segments) {
    const n = Math.max(1, Math.round(Math.hypot(bx - ax, by - ay) / step));
    for (let k = 0; k < n; k++) points.push([ax + ((bx - ax) * k) / n, ay + ((by - ay) * k) / n]);
  }
  return points;
}
const quantile = (xs: number[], p: number) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) * p)]!;

const allWater: Area = { type: 'Feature', properties: {}, geometry: union(featureCollection(derived))!.geometry };
const toOurBank = bankIndex(banks(allWater));

describe('the water in the covered box follows the OpenStreetMap extract', () => {
  const ours = clipped(derived);
  const theirs = clipped(source);
  it('overlaps it by IoU ≥ 0.9', { timeout: 60_000 }, () => {
    const common = intersect(featureCollection([ours, theirs]));
    const either = union(featureCollection([ours, theirs]));
    const iou = area(common!) / area(either!);
    console.info(`water IoU in the covered box: ${iou.toFixed(4)}`);
    expect(iou).toBeGreaterThanOrEqual(0.9);
  });
  it('has its banks within 15 m of the extract’s at p90', { timeout: 60_000 }, () => {
    const toOurs = bankIndex(banks(ours));
    const distances = alongBanks(banks(theirs)).map(([x, y]) => toOurs(x, y));
    const [p50, p90, max] = [quantile(distances, 0.5), quantile(distances, 0.9), Math.max(...distances)];
    console.info(`bank distance to the extract: p50 ${p50.toFixed(1)} m, p90 ${p90.toFixed(1)} m, max ${max.toFixed(0)} m (${distances.length} points)`);
    expect(p90).toBeLessThanOrEqual(15);
  });
});

describe('the 1917 water outside the box joins the extract without seams', () => {
  // Where a hand-drawn river continues an extract's river cut off at the clip, it starts on the
  // cut's own end points, so the two banks meet with no step.
  const cuts: [string, Position[]][] = [
    [
      'the Bolshaya Nevka at Aptekarsky Island',
      [
        [30.32031, 59.97796],
        [30.32284, 59.97928],
      ],
    ],
    [
      'the Malaya Nevka at Kamenny Island',
      [
        [30.30911, 59.97847],
        [30.306, 59.98028],
      ],
    ],
    [
      'the Neva above 59.88° N',
      [
        [30.44795, 59.88],
        [30.45, 59.88361],
      ],
    ],
  ];
  it.each(cuts)('%s', (_, ends) => {
    for (const [lon, lat] of ends) expect(toOurBank(lon! * KX, lat! * KY)).toBeLessThan(3);
    // and the cut itself is water now: its middle is not on a bank
    const mid = [(ends[0]![0]! + ends[1]![0]!) / 2, (ends[0]![1]! + ends[1]![1]!) / 2];
    expect(inAny(mid, derived)).toBe(true);
  });
});

describe('bridges', () => {
  const KNOWN_1917 = [
    'nikolaevsky-bridge',
    'palace-bridge',
    'troitsky-bridge',
    'liteyny-bridge',
    'bolsheokhtinsky-bridge',
    'tuchkov-bridge',
    'birzhevoy-bridge',
  ];
  // The bridges over the Moika, the Ekaterininsky and Kryukov canals and the Fontanka whose 1917
  // name and existence are checked (geo/basemap/1917/bridges.json, each with its source).
  const CANAL_1917 = [
    'prachechny-bridge',
    'gangutsky-bridge',
    'simeonovsky-bridge',
    'anichkov-bridge',
    'chernyshev-bridge',
    'semyonovsky-bridge',
    'obukhovsky-bridge',
    'izmailovsky-bridge',
    'politseisky-bridge',
    'krasny-bridge',
    'siny-bridge',
    'potseluev-bridge',
    'fonarny-bridge',
    'bolshoy-konyushenny-bridge',
    'kazansky-bridge',
    'kamenny-bridge',
    'alarchin-bridge',
    'mogilyovsky-bridge',
    'kashin-bridge',
    'staro-nikolsky-bridge',
    'smezhny-bridge',
    // Not in the extract: drawn between two given points (position hand).
    'pevchesky-bridge',
    'kokushkin-bridge',
    'italyansky-bridge',
  ];
  it('include the canal bridges of 1917', () => {
    for (const id of CANAL_1917) expect(basemap.bridges.map((b) => b.id)).toContain(id);
  });
  it('include the Neva bridges of 1917', () => {
    for (const id of KNOWN_1917) expect(basemap.bridges.map((b) => b.id)).toContain(id);
  });
  it.each(basemap.bridges.map((b) => [b.id, b.geometry.coordinates] as const))('%s reaches from bank to bank', (_, line) => {
    for (const end of [line[0]!, line[line.length - 1]!]) {
      expect(inAny(end, derived)).toBe(false);
      expect(toOurBank(end[0]! * KX, end[1]! * KY)).toBeLessThan(25);
    }
    expect(inAny(line[Math.floor(line.length / 2)]!, derived)).toBe(true);
  });

  // Bridges built after October 1917 near the map's water, where they stand today: none may be
  // drawn (no bridge line and no street over the water within `radius` metres). Positions of
  // the bridges outside the extract are approximate (± 100 m), hence the wider radius there.
  const LATER: [string, number, Position, number][] = [
    ['Alexander Nevsky Bridge', 1965, [30.3958, 59.9257], 150],
    ['the present Birzhevoy Bridge (its 1894 predecessor stood ≈ 60 m upstream)', 1960, [30.3033, 59.9463], 40],
    ['the present Grenadersky Bridge (its 1905 predecessor stood ≈ 90 m upstream)', 1975, [30.3363, 59.9662], 40],
    ['Volodarsky Bridge', 1936, [30.4535, 59.8785], 250],
    ['Finlyandsky Bridge', 2012, [30.4175, 59.9135], 250],
    ['Bolshoy Obukhovsky Bridge', 2004, [30.4585, 59.8745], 250],
    ['Ushakovsky Bridge', 1955, [30.3025, 59.9825], 250],
    ['Kantemirovsky Bridge', 1982, [30.3325, 59.9805], 250],
  ];
  it.each(LATER)('%s (%i) is not drawn', (_, __, [lon, lat], radius) => {
    const near = (p: Position) => Math.hypot((p[0]! - lon!) * KX, (p[1]! - lat!) * KY) < radius;
    const lines = [...basemap.bridges, ...basemap.streets].map((f) => f.geometry.coordinates);
    const overWaterNear = lines.flatMap((line) => line.filter((p) => near(p) && inAny(p, derived)));
    expect(overWaterNear).toEqual([]);
    expect(basemap.bridges.filter((b) => b.geometry.coordinates.some(near)).map((b) => b.id)).toEqual([]);
  });
});

describe('no label carries a name given after October 1917', () => {
  // Today's name → the name of October 1917 (each in geo/basemap/1917/streets.json with its source).
  const RENAMED: [string, string][] = [
    ['улица Марата', 'Николаевская улица'],
    ['улица Восстания', 'Знаменская улица'],
    ['набережная Кутузова', 'Французская набережная'],
    ['набережная Лейтенанта Шмидта', 'Николаевская набережная'],
    ['набережная канала Грибоедова', 'набережная Екатерининского канала'],
    ['канал Грибоедова', 'Екатерининский канал'],
    ['улица Некрасова', 'Бассейная улица'],
    ['Социалистическая улица', 'Ивановская улица'],
    ['улица Куйбышева', 'Большая Дворянская улица'],
    ['улица Мира', 'Ружейная улица'],
    ['2-я Советская улица', '2-я Рождественская улица'],
    ['Малая Морская улица', 'улица Гоголя'],
    ['Большая Морская улица', 'Морская улица'],
    ['проспект Чернышевского', 'Воскресенский проспект'],
    ['Пироговская набережная', 'Выборгская набережная'],
    ['набережная Макарова', 'Тучкова набережная'],
    ['Синопская набережная', 'Калашниковская набережная'],
    ['проспект Бакунина', 'Калашниковский проспект'],
    ['Благовещенский мост', 'Николаевский мост'],
    ['Большеохтинский мост', 'Мост Петра Великого (Охтенский)'],
    ['улица Пестеля', 'Пантелеймоновская улица'],
    ['Лиговский проспект', 'Лиговская улица'],
    ['улица Декабристов', 'Офицерская улица'],
    ['Свердловская набережная', 'Полюстровская набережная'],
    ['улица Чайковского', 'Сергиевская улица'],
    ['площадь Ломоносова', 'Чернышёва площадь'],
    ['площадь Островского', 'Александринская площадь'],
    ['улица Зодчего Росси', 'Театральная улица'],
    ['площадь Восстания', 'Знаменская площадь'],
    ['проспект Римского-Корсакова', 'Екатерингофский проспект'],
    ['проспект Обуховской Обороны', 'Шлиссельбургский проспект'],
    ['улица Белинского', 'Симеоновская улица'],
    ['улица Комсомола', 'Симбирская улица'],
    ['Московский проспект', 'Забалканский проспект'],
    ['мост Ломоносова', 'Чернышев мост'],
    ['мост Белинского', 'Симеоновский мост'],
    ['Зелёный мост', 'Полицейский мост'],
    ['Пантелеймоновский мост', 'Гангутский (Пантелеймоновский) мост'],
  ];
  // Soviet names that were never today's but must not appear either.
  const SOVIET = [
    'проспект 25-го Октября',
    'улица 3 Июля',
    'улица Красных Зорь',
    'проспект Карла Либкнехта',
    'набережная Красного Флота',
    'улица Герцена',
    'улица Халтурина',
    'улица Дзержинского',
    'Комиссаровская улица',
    'Советский проспект',
    'проспект Рошаля',
    'набережная Рошаля',
    'набережная Робеспьера',
    'улица Желябова',
    'площадь Урицкого',
    'площадь Воровского',
    'проспект Майорова',
    'проспект Максима Горького',
    'улица Союза Связи',
    'переулок Подбельского',
    'Народный мост',
    'мост Пестеля',
    'мост Плеханова',
    'Сталинградский проспект',
    'бульвар Профсоюзов',
    'проспект Карла Маркса',
    'площадь Декабристов',
    'улица Фурманова',
    'улица Толмачёва',
    'улица Плеханова',
    'проспект Пролетарской Победы',
    'проспект Мусоргского',
    'Пушкинская площадь',
    'площадь Мира',
    'Международный проспект',
    'проспект Сталина',
  ];
  const shown = [
    ...basemap.streets.filter((s) => s.properties.label !== false).map((s) => s.properties.name),
    ...basemap.labels.map((l) => l.properties.name),
    ...basemap.bridges.map((b) => b.properties.name),
    ...basemap.water.map((w) => w.properties.name),
  ];
  const shownRu = new Set(shown.map((n) => n.ru));
  it.each(RENAMED)('%s is shown as %s', (today, then) => {
    expect(shownRu.has(today)).toBe(false);
    expect(shownRu.has(then)).toBe(true);
  });
  it.each(SOVIET)('%s is not shown', (name) => expect(shownRu.has(name)).toBe(false));
  it('no English label is a transliteration of a today’s name', () => {
    const en = shown.map((n) => n.en.toLowerCase());
    for (const today of [
      'marata',
      'vosstaniya',
      'kutuzov',
      'shmidt',
      'griboedov',
      'nekrasov',
      'kuibyshev',
      'makarov',
      'sinop',
      'pirogov',
      'blagoveshchensky',
      'pestel',
      'khalturin',
      'dzerzhinsk',
      'sovetsk',
      'sverdlov',
      'chaikovsk',
      'lomonosov',
      'belinsk',
      'roshal',
      'robespier',
      'zhelyabov',
      'uritsk',
      'vorovskogo',
      'mayorov',
      'gorkogo',
      'zodchego',
      'profsoyuz',
      'marksa',
      'plekhanov',
      'furmanov',
      'rimskogo',
    ]) {
      expect(en.filter((e) => e.includes(today))).toEqual([]);
    }
  });
  it('every labelled street has a checked name with a source', () => {
    const table = JSON.parse(readFileSync(join(root, 'geo/basemap/1917/streets.json'), 'utf8')) as {
      streets: Record<string, Entry & { parts?: Entry[] }>;
      sources: Record<string, string>;
    };
    const checked = new Map(
      Object.values(table.streets)
        .flatMap((e) => e.parts ?? [e])
        .filter((e) => e.status === 'same' || e.status === 'renamed')
        .map((e) => [e.ru1917, e.source]),
    );
    for (const street of basemap.streets.filter((s) => s.properties.label !== false)) {
      const source = checked.get(street.properties.name.ru);
      expect(source, street.properties.name.ru).toBeDefined();
      expect(table.sources[source!], source).toBeTruthy();
    }
  });
});

type Entry = { ru1917?: string; status: string; source?: string; bbox?: [number, number, number, number] };
type PartOf = (entry: Entry & { parts?: Entry[] }, coordinates: Position[], name: string) => [Entry, number];

describe('a street that was two streets in 1917', () => {
  // A module path that is not a literal: the build script is plain JavaScript, loaded untyped.
  const streetsModule = join(root, 'scripts/basemap/streets.mjs');
  it.each([
    ['улица Ленина', ['Широкая улица', 'Матвеевская улица']],
    ['Пионерская улица', ['Большая Гребецкая улица', 'Большая Колтовская улица']],
  ])('%s is labelled with both its 1917 names', (_, names) => {
    for (const name of names)
      expect(
        basemap.streets.some((s) => s.properties.name.ru === name && s.properties.label !== false),
        name,
      ).toBe(true);
  });
  it('draws each way under the part whose bbox holds it, and refuses a way that no part holds', async () => {
    const { partOf } = (await import(streetsModule)) as { partOf: PartOf };
    const entry = {
      status: 'parts',
      parts: [
        { ru1917: 'West Street', status: 'renamed', bbox: [30, 59, 30.5, 60] as [number, number, number, number] },
        { ru1917: 'East Street', status: 'unverified', bbox: [30.5, 59, 31, 60] as [number, number, number, number] },
      ],
    };
    expect(
      partOf(
        entry,
        [
          [30.1, 59.5],
          [30.5, 59.6],
        ],
        'x',
      ),
    ).toEqual([entry.parts[0], 0]);
    expect(
      partOf(
        entry,
        [
          [30.5, 59.6],
          [30.9, 59.5],
        ],
        'x',
      )[1],
    ).toBe(1);
    expect(() =>
      partOf(
        entry,
        [
          [30.4, 59.5],
          [30.6, 59.5],
        ],
        'x',
      ),
    ).toThrow(/no part/);
    const plain = { ru1917: 'Street', status: 'same' };
    expect(partOf(plain, [[0, 0]], 'x')).toEqual([plain, 0]);
  });
});

describe('the basemap build', () => {
  it('reproduces the committed files byte for byte', () => {
    expect(() => execFileSync(process.execPath, [join(root, 'scripts/basemap/build.mjs'), '--check'], { cwd: root, stdio: 'pipe' })).not.toThrow();
  }, 60_000);
});
