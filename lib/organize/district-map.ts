import "server-only";
/**
 * The contiguous states' House districts as SVG paths, drawn once per process from the bundled coarse shapes
 * (db/data, 1:20,000,000: "for drawing maps only"). An equirectangular projection with longitudes scaled by
 * cos(38°) so the country is not stretched sideways; coordinates rounded to whole units of a 960-wide view and
 * near-repeated points dropped, which keeps the page small. Alaska, Hawaii and the territories are left off the
 * drawing (the page lists them in its table).
 */
import { readFile } from "node:fs/promises";
import { DISTRICTS_GEOJSON } from "@/lib/groups/places";

export type DistrictShape = { key: string; state: string; district: number; d: string };
export type DistrictMap = { width: number; height: number; districts: DistrictShape[] };

const OFF_MAP = new Set(["AK", "HI", "PR", "AS", "GU", "MP", "VI"]);
const WIDTH = 960;

type Position = number[];
type Feature = {
  properties: { state: string; district: number };
  geometry:
    | { type: "Polygon"; coordinates: Position[][] }
    | { type: "MultiPolygon"; coordinates: Position[][][] };
};

let cached: Promise<DistrictMap> | null = null;

export function loadDistrictMap(): Promise<DistrictMap> {
  cached ??= buildMap().catch((error: unknown) => {
    cached = null;
    throw error;
  });
  return cached;
}

async function buildMap(): Promise<DistrictMap> {
  const { features } = JSON.parse(await readFile(DISTRICTS_GEOJSON, "utf8")) as { features: Feature[] };
  const shown = features.filter((f) => !OFF_MAP.has(f.properties.state));
  const polygonsOf = (f: Feature) =>
    f.geometry.type === "Polygon" ? [f.geometry.coordinates] : f.geometry.coordinates;

  const scaleX = Math.cos((38 * Math.PI) / 180);
  let minX = Number.POSITIVE_INFINITY;
  let maxX = Number.NEGATIVE_INFINITY;
  let minY = Number.POSITIVE_INFINITY;
  let maxY = Number.NEGATIVE_INFINITY;
  for (const f of shown) {
    for (const polygon of polygonsOf(f)) {
      for (const [lon = 0, lat = 0] of polygon[0] ?? []) {
        minX = Math.min(minX, lon * scaleX);
        maxX = Math.max(maxX, lon * scaleX);
        minY = Math.min(minY, -lat);
        maxY = Math.max(maxY, -lat);
      }
    }
  }
  const k = WIDTH / (maxX - minX);
  const height = Math.ceil((maxY - minY) * k);
  const project = ([lon = 0, lat = 0]: Position): [number, number] => [
    Math.round((lon * scaleX - minX) * k),
    Math.round((-lat - minY) * k),
  ];

  const districts = shown.map((f) => {
    const parts: string[] = [];
    for (const polygon of polygonsOf(f)) {
      for (const ring of polygon) {
        const points: [number, number][] = [];
        for (const position of ring) {
          const point = project(position);
          const last = points.at(-1);
          // Points within 2 units of the last one kept add bytes, not shape, at this size.
          if (!last || Math.abs(last[0] - point[0]) + Math.abs(last[1] - point[1]) >= 2) points.push(point);
        }
        // A ring that shrank to under three points at this scale is too small to see.
        if (points.length < 3) continue;
        parts.push(`M${points.map(([x, y]) => `${x} ${y}`).join("L")}Z`);
      }
    }
    const { state, district } = f.properties;
    return { key: `${state}-${district}`, state, district, d: parts.join("") };
  });
  return { width: WIDTH, height, districts: districts.filter((d) => d.d.length > 0) };
}
