/**
 * Whether things stand where they can: sites on land (ships in water), bridges over water from
 * bank to bank, ship routes in water and other routes on land (crossing water only on a
 * bridge). Land and water are known only inside the drawn water layer's extent; beyond it
 * (the edge of the map) nothing is judged.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import type { Report } from './history-checks.ts';
import { extentOf, inAny, lengthShareIn, metresToNearest, ringsOf, round, runsWhere, samplesAlong, type Run } from './geometry-checks.ts';

/**
 * How far a position may be from where the basemap says it should be: a bridge's end from the
 * nearest bank, a route over water from the bridge it crosses by. The basemap is accurate to
 * 50–100 m (geo/basemap/README.md), and routes are drawn by hand on it.
 */
export const BASEMAP_TOLERANCE_M = 80;
/** A ship route may touch land this far (a quay, a river mouth drawn coarsely). */
export const SHIP_ON_LAND_TOLERANCE_M = 100;
/** A route on land may cross water this far without a drawn bridge (the many small bridges over the canals are not drawn). */
export const UNDRAWN_BRIDGE_M = 100;

export interface WaterArea {
  geometry: Polygon | MultiPolygon;
  name: string;
}

export class Placement {
  readonly #water: readonly WaterArea[];
  readonly #banks: Position[][];
  readonly #bridges: readonly (readonly Position[])[];
  readonly #extent: [number, number, number, number] | undefined;

  /** `bridges` are the lines of every drawn bridge, on which a route on land may cross water. */
  constructor(water: readonly WaterArea[], bridges: readonly (readonly Position[])[]) {
    // With its bounding box, turf skips a water area far from the point without walking its rings.
    this.#water = water.map((area) => ({ ...area, geometry: { ...area.geometry, bbox: extentOf([area.geometry]) } }));
    this.#banks = water.flatMap((area) => ringsOf(area.geometry));
    this.#bridges = bridges;
    this.#extent = extentOf(water.map((area) => area.geometry));
  }

  /** Whether land and water are known at the point (it lies inside the drawn water's extent). */
  known([lon, lat]: Position): boolean {
    const box = this.#extent;
    return box !== undefined && (lon as number) >= box[0] && (lon as number) <= box[2] && (lat as number) >= box[1] && (lat as number) <= box[3];
  }

  /** The water the point lies in, if any. */
  waterAt(point: Position): WaterArea | undefined {
    return this.#water.find((area) => inAny(point, [area.geometry]));
  }

  metresToBank(point: Position): number {
    return metresToNearest(point, this.#banks);
  }

  /** A site's point: on land, except a ship (in water) and a bridge (over water, or at a bank). */
  checkSite(kind: string, point: Position, report: Report): void {
    if (!this.known(point)) return;
    const water = this.waterAt(point);
    const at = JSON.stringify(round(point));
    if (kind === 'ship') {
      if (!water) report(['geometry'], `the point ${at} lies on land; a ship must be in water (GeoJSON order is [longitude, latitude])`);
    } else if (kind === 'bridge') {
      const metres = water ? 0 : this.metresToBank(point);
      if (metres > BASEMAP_TOLERANCE_M)
        report(['geometry'], `the point ${at} is ${Math.round(metres)} m from water; a bridge site must be on its bridge, over water`);
    } else if (water) {
      report(['geometry'], `the point ${at} lies in the ${water.name} (water); sites other than ships must be on land`);
    }
  }

  /** A bridge's line (in the basemap, or a bridge site's `line`): over water, each end on land at a bank. */
  checkBridge(line: readonly Position[], path: readonly (string | number)[], report: Report): void {
    if (!line.every((point) => this.known(point))) return;
    const share = lengthShareIn(
      line,
      this.#water.map((area) => area.geometry),
    );
    if (share < 0.5) {
      report(
        path,
        `only ${Math.round(share * 100)}% of the bridge lies over water; a bridge must span water from bank to bank (at least half of it over water)`,
      );
      return;
    }
    const ends: [Position, number][] = [
      [line[0] as Position, 0],
      [line[line.length - 1] as Position, line.length - 1],
    ];
    for (const [end, index] of ends) {
      const water = this.waterAt(end);
      const at = JSON.stringify(round(end));
      if (water) report([...path, index], `the bridge's end ${at} lies in the ${water.name} (water); a bridge ends on land, at a bank`);
      else {
        const metres = this.metresToBank(end);
        if (metres > BASEMAP_TOLERANCE_M)
          report(
            [...path, index],
            `the bridge's end ${at} is ${Math.round(metres)} m from the nearest bank; a bridge ends at a bank (within ${BASEMAP_TOLERANCE_M} m)`,
          );
      }
    }
  }

  /** A route: a ship keeps to the water; anything else keeps to land and crosses water on a bridge. */
  checkRoute(kind: string, line: readonly Position[], report: Report): void {
    const samples = samplesAlong(line).filter((sample) => this.known(sample.point));
    const where = (run: Run) => `from ${JSON.stringify(round(run.from.point))} to ${JSON.stringify(round(run.to.point))}`;
    const path = (run: Run) => ['geometry', 'coordinates', run.from.segment];
    if (kind === 'ship') {
      for (const run of runsWhere(samples, (sample) => !this.waterAt(sample.point))) {
        if (run.metres <= SHIP_ON_LAND_TOLERANCE_M) continue;
        report(path(run), `the route runs ${Math.round(run.metres)} m over land ${where(run)}; a ship route must keep to the water`);
      }
      return;
    }
    for (const run of runsWhere(samples, (sample) => this.waterAt(sample.point) !== undefined)) {
      if (run.metres <= UNDRAWN_BRIDGE_M) continue;
      if (run.samples.every((sample) => metresToNearest(sample.point, this.#bridges) <= BASEMAP_TOLERANCE_M)) continue;
      const water = this.waterAt(run.from.point) ?? this.waterAt(run.to.point);
      report(
        path(run),
        `the route runs ${Math.round(run.metres)} m through the ${water?.name ?? 'water'} (water) ${where(run)} with no bridge there; a ${kind} route keeps to land and crosses water on a bridge`,
      );
    }
  }
}
