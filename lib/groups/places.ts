/**
 * Where a ZIP code roughly is, without a ZIP-coordinate table: the centroid of its congressional district (or
 * the mean of its districts' centroids), computed from the coarse district shapes in db/data (README: "for
 * drawing maps only"). Good enough to say which of two groups is nearer; never a street-level distance.
 */
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

export type Point = { lat: number; lon: number };

export const DISTRICTS_GEOJSON = path.join(
  process.cwd(),
  "db",
  "data",
  "congressional-districts-119-20m.geojson",
);

type Ring = number[][];

const position = z.array(z.number()).min(2);
const geometry = z.discriminatedUnion("type", [
  z.object({ type: z.literal("Polygon"), coordinates: z.array(z.array(position)) }),
  z.object({ type: z.literal("MultiPolygon"), coordinates: z.array(z.array(z.array(position))) }),
]);
const featureCollection = z.object({
  features: z.array(
    z.object({
      properties: z.object({ state: z.string(), district: z.number().int() }),
      geometry,
    }),
  ),
});

export type DistrictGeometry = z.infer<typeof geometry>;

/** Twice the signed area of a ring and its area-weighted centroid sums (the shoelace formula). */
function ringMoments(ring: Ring): { area2: number; cx: number; cy: number } {
  let area2 = 0;
  let cx = 0;
  let cy = 0;
  for (let i = 0; i < ring.length; i++) {
    const [x0 = 0, y0 = 0] = ring[i] ?? [];
    const [x1 = 0, y1 = 0] = ring[(i + 1) % ring.length] ?? [];
    const cross = x0 * y1 - x1 * y0;
    area2 += cross;
    cx += (x0 + x1) * cross;
    cy += (y0 + y1) * cross;
  }
  return { area2, cx, cy };
}

/**
 * The area-weighted centroid of a district's polygons, in longitude/latitude (a plane approximation, fine at
 * district scale). Holes are subtracted whatever their winding. Alaska's Aleutians cross the 180th meridian
 * (the file has them at +172°): longitudes are unwrapped west of it first, or the centroid lands in Asia.
 */
export function geometryCentroid(shape: DistrictGeometry): Point | null {
  const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
  const lons = polygons.flat(2).map((p) => p[0] ?? 0);
  const crossesAntimeridian = lons.some((lon) => lon > 90) && lons.some((lon) => lon < -90);
  const unwrap = (ring: Ring): Ring =>
    crossesAntimeridian ? ring.map(([lon = 0, lat = 0]) => [lon > 0 ? lon - 360 : lon, lat]) : ring;

  let area = 0;
  let sx = 0;
  let sy = 0;
  for (const rings of polygons) {
    rings.forEach((ring, index) => {
      const m = ringMoments(unwrap(ring));
      // Outer ring (first) adds, holes subtract; normalise the sign so winding order does not matter.
      const sign = (index === 0 ? 1 : -1) * Math.sign(m.area2);
      area += sign * m.area2;
      sx += sign * m.cx;
      sy += sign * m.cy;
    });
  }
  if (area === 0) return null;
  let lon = sx / (3 * area);
  if (lon < -180) lon += 360;
  return { lon, lat: sy / (3 * area) };
}

export function districtKey(d: { state: string; district: number }): string {
  return `${d.state}-${d.district}`;
}

/** "IL-7" → its centroid, for every district in the file. */
export function centroidsFromGeoJson(text: string): Map<string, Point> {
  const parsed = featureCollection.parse(JSON.parse(text));
  const centroids = new Map<string, Point>();
  for (const feature of parsed.features) {
    const point = geometryCentroid(feature.geometry);
    if (point) centroids.set(districtKey(feature.properties), point);
  }
  return centroids;
}

// The shapes never change while the process runs (they ship with the code): computed once, on first use.
let centroids: Promise<Map<string, Point>> | undefined;

export function districtCentroids(): Promise<Map<string, Point>> {
  if (!centroids) {
    centroids = readFile(DISTRICTS_GEOJSON, "utf8").then(centroidsFromGeoJson);
    centroids.catch(() => {
      centroids = undefined;
    });
  }
  return centroids;
}

/** The mean of points (a ZIP split between neighboring districts sits between their centroids). */
export function meanPoint(points: readonly Point[]): Point | null {
  if (points.length === 0) return null;
  const sum = points.reduce((acc, p) => ({ lat: acc.lat + p.lat, lon: acc.lon + p.lon }), { lat: 0, lon: 0 });
  return { lat: sum.lat / points.length, lon: sum.lon / points.length };
}

const EARTH_RADIUS_MILES = 3958.8;

/** Great-circle distance in miles (haversine). */
export function distanceMiles(a: Point, b: Point): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLon = rad(b.lon - a.lon);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_MILES * Math.asin(Math.min(1, Math.sqrt(h)));
}
