import { describe, expect, it } from "vitest";
import { distanceMiles, districtCentroids, geometryCentroid, meanPoint } from "./places";

/** Rough bounding boxes (longitude west/east, latitude south/north) of a few states. */
const BOXES: Record<string, [number, number, number, number]> = {
  IL: [-91.6, -87.0, 36.9, 42.6],
  MI: [-90.5, -82.1, 41.6, 48.4],
  CA: [-124.5, -114.1, 32.5, 42.1],
  AK: [-180, -129.9, 51.2, 71.5],
  WY: [-111.1, -104.0, 41.0, 45.0],
};

describe("district centroids", () => {
  it("puts every district of several states inside the state's bounding box", async () => {
    const centroids = await districtCentroids();
    expect(centroids.size).toBe(437);
    for (const [key, point] of centroids) {
      const box = BOXES[key.split("-")[0] ?? ""];
      if (!box) continue;
      const [west, east, south, north] = box;
      expect(point.lon, key).toBeGreaterThan(west);
      expect(point.lon, key).toBeLessThan(east);
      expect(point.lat, key).toBeGreaterThan(south);
      expect(point.lat, key).toBeLessThan(north);
    }
    // Chicago's IL-7 lies near the lake, far from Detroit's MI-13 (about 240 miles by road-free distance).
    const chicago = centroids.get("IL-7");
    const detroit = centroids.get("MI-13");
    if (!chicago || !detroit) throw new Error("missing districts");
    expect(chicago.lat).toBeCloseTo(41.85, 0);
    expect(chicago.lon).toBeCloseTo(-87.7, 0);
    expect(distanceMiles(chicago, detroit)).toBeGreaterThan(200);
    expect(distanceMiles(chicago, detroit)).toBeLessThan(280);
  });

  it("keeps Alaska in Alaska although the Aleutians cross the 180th meridian", async () => {
    const alaska = (await districtCentroids()).get("AK-0");
    expect(alaska?.lon).toBeLessThan(-140);
    expect(alaska?.lon).toBeGreaterThan(-160);
  });

  it("weights polygons by area and subtracts holes, whatever their winding", () => {
    const square = (x: number, y: number, size: number) => [
      [x, y],
      [x + size, y],
      [x + size, y + size],
      [x, y + size],
      [x, y],
    ];
    // A big square at 0..4 and a small one at 10..11: the centroid leans to the big one.
    const multi = geometryCentroid({
      type: "MultiPolygon",
      coordinates: [[square(0, 0, 4)], [square(10, 0, 1)]],
    });
    expect(multi?.lon).toBeCloseTo((16 * 2 + 1 * 10.5) / 17, 6);
    // A hole on the right half's middle pulls the centroid left, clockwise or not.
    const holed = geometryCentroid({
      type: "Polygon",
      coordinates: [square(0, 0, 4), square(2, 1, 2).reverse()],
    });
    expect(holed?.lon).toBeCloseTo((16 * 2 - 4 * 3) / 12, 6);
    expect(holed?.lat).toBeCloseTo(2, 6);
  });

  it("averages points and measures miles", () => {
    expect(meanPoint([])).toBeNull();
    expect(
      meanPoint([
        { lat: 40, lon: -88 },
        { lat: 42, lon: -86 },
      ]),
    ).toEqual({ lat: 41, lon: -87 });
    // One degree of latitude is about 69 miles.
    expect(distanceMiles({ lat: 40, lon: -88 }, { lat: 41, lon: -88 })).toBeCloseTo(69.1, 0);
  });
});
