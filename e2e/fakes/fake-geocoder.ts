/**
 * A fake U.S. Census geocoder on loopback, for tests: point GEOCODER_URL at `fake.baseUrl`.
 *
 * It answers GET /geocoder/geographies/address (and /onelineaddress) with the JSON shape of the real service
 * for a small table of known addresses, an empty `addressMatches` for anything else, and records every
 * request. It can be told to fail on purpose: an HTTP error, never answering, a slow answer, or a body that
 * is not the JSON the real service sends. Control it in-process, or over HTTP at /__fake/* when it runs as
 * its own process (`tsx e2e/fakes/fake-geocoder.ts --port 3902`).
 *
 * The districts in the table are plausible, not verified against Census data: they exist to exercise the
 * adapter (a numbered district, an at-large state, a delegate, named state legislative districts).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** One address the fake knows, written the way the Census codes it. */
export type FakeAddress = {
  street: string;
  city: string;
  state: string;
  zip: string;
  x: number;
  y: number;
  stateFips: string;
  /** Census two-character code: "01"…"52", "00" at-large, "98" delegate, "ZZ" no district. */
  congressional: string;
  /** Omitted: the layer is absent from the answer, as for places with no such chamber (DC). */
  upper?: { code: string; basename: string; name: string };
  lower?: { code: string; basename: string; name: string };
};

export type RecordedRequest = {
  method: string;
  path: string;
  query: Record<string, string>;
  status: number | "hung" | "malformed";
  matches: number;
  at: number;
};

export type Fault =
  | { kind: "status"; status: 400 | 404 | 500 | 502 | 503 }
  | { kind: "hang" }
  /** Answer normally, but only after this long (a slow geocoder). */
  | { kind: "delay"; ms: number }
  /** A 200 whose body is not what the Census sends: broken JSON by default, or exactly `body`. */
  | { kind: "malformed"; body?: string };

export type FakeGeocoderOptions = { port?: number; addresses?: FakeAddress[] };

export const KNOWN_ADDRESSES: readonly FakeAddress[] = [
  {
    street: "1600 Pennsylvania Ave NW",
    city: "Washington",
    state: "DC",
    zip: "20500",
    x: -77.03518753691,
    y: 38.89869893252,
    stateFips: "11",
    congressional: "98",
  },
  {
    // Northbrook village hall; ZIP 60062 straddles IL-5, IL-9 and IL-10, which is why one asks for a street.
    street: "1225 Cedar Ln",
    city: "Northbrook",
    state: "IL",
    zip: "60062",
    x: -87.829036,
    y: 42.127498,
    stateFips: "17",
    congressional: "09",
    upper: { code: "009", basename: "9", name: "State Senate District 9" },
    lower: { code: "017", basename: "17", name: "State Representative District 17" },
  },
  {
    street: "149 Church St",
    city: "Burlington",
    state: "VT",
    zip: "05401",
    x: -73.212456,
    y: 44.476098,
    stateFips: "50",
    congressional: "00",
    upper: { code: "CCN", basename: "Chittenden Central", name: "State Senate District Chittenden Central" },
    lower: { code: "C15", basename: "Chittenden-15", name: "State House District Chittenden-15" },
  },
  // The same street in two states: asked without a city, state or ZIP, the answer has two matches.
  {
    street: "100 Main St",
    city: "Springfield",
    state: "IL",
    zip: "62701",
    x: -89.650148,
    y: 39.801055,
    stateFips: "17",
    congressional: "13",
    upper: { code: "048", basename: "48", name: "State Senate District 48" },
    lower: { code: "096", basename: "96", name: "State Representative District 96" },
  },
  {
    street: "100 Main St",
    city: "Springfield",
    state: "VT",
    zip: "05156",
    x: -72.482298,
    y: 43.298417,
    stateFips: "50",
    congressional: "00",
    upper: { code: "WSR", basename: "Windsor", name: "State Senate District Windsor" },
    lower: { code: "W03", basename: "Windsor-3", name: "State House District Windsor-3" },
  },
];

const BENCHMARK = {
  isDefault: false,
  benchmarkDescription: "Public Address Ranges - Current Benchmark",
  id: "4",
  benchmarkName: "Public_AR_Current",
};
const VINTAGE = {
  isDefault: true,
  vintageDescription: "Current Vintage - Current Benchmark",
  id: "4",
  vintageName: "Current_Current",
};

export class FakeGeocoder {
  readonly requests: RecordedRequest[] = [];
  private addresses: FakeAddress[];
  private scripted: Fault[] = [];
  private hung: ServerResponse[] = [];
  private server: Server | undefined;
  /** Origin, e.g. http://127.0.0.1:41234 */
  url = "";
  /** What GEOCODER_URL should be: the origin plus /geocoder, laid out like the real service. */
  baseUrl = "";

  constructor(private readonly options: FakeGeocoderOptions = {}) {
    this.addresses = [...(options.addresses ?? KNOWN_ADDRESSES)];
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.options.port ?? 0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
    this.baseUrl = `${this.url}/geocoder`;
    return this;
  }

  async close(): Promise<void> {
    for (const res of this.hung) res.destroy();
    this.hung = [];
    await new Promise<void>((resolve) => {
      if (!this.server) return resolve();
      this.server.closeAllConnections();
      this.server.close(() => resolve());
    });
  }

  /** The next requests get these answers, in order, before normal service resumes. */
  failNext(...faults: Fault[]): void {
    this.scripted.push(...faults);
  }

  addAddress(address: FakeAddress): void {
    this.addresses.push(address);
  }

  reset(): void {
    this.requests.length = 0;
    this.scripted = [];
    this.addresses = [...(this.options.addresses ?? KNOWN_ADDRESSES)];
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    if (url.pathname.startsWith("/__fake/")) return this.control(url.pathname, await readBody(req), res);

    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      status: 200,
      matches: 0,
      at: Date.now(),
    };
    this.requests.push(record);

    let fault = this.scripted.shift();
    if (fault?.kind === "delay") {
      const { ms } = fault;
      await new Promise((resolve) => setTimeout(resolve, ms));
      fault = undefined;
    }
    if (fault?.kind === "hang") {
      record.status = "hung";
      this.hung.push(res);
      return;
    }
    if (fault?.kind === "malformed") {
      record.status = "malformed";
      res.writeHead(200, { "content-type": "application/json" });
      res.end(fault.body ?? '{"result":{"input":{"address":');
      return;
    }
    if (fault?.kind === "status") {
      record.status = fault.status;
      // The real service's failures come from its web server as HTML pages, not JSON.
      res.writeHead(fault.status, { "content-type": "text/html" });
      res.end(`<html><body><h1>${fault.status}</h1></body></html>`);
      return;
    }

    const search = url.pathname.match(/^\/geocoder\/geographies\/(address|onelineaddress)$/)?.[1];
    if (req.method !== "GET" || !search) {
      record.status = 404;
      res.writeHead(404, { "content-type": "text/html" });
      res.end("<html><body>Not Found</body></html>");
      return;
    }

    const query = record.query;
    const street = search === "address" ? query.street : query.address;
    if (!street?.trim()) {
      record.status = 400;
      const field = search === "address" ? "Street address" : "Address";
      return sendJson(res, 400, { errors: [`${field} cannot be empty`], status: "400" });
    }
    const found = this.addresses.filter((known) =>
      search === "address" ? matchesParts(known, query) : matchesOneLine(known, street),
    );
    record.matches = found.length;
    const input =
      search === "address"
        ? { street, city: query.city ?? "", state: query.state ?? "", zip: query.zip ?? "" }
        : { address: street };
    return sendJson(res, 200, {
      result: {
        input: { address: input, benchmark: BENCHMARK, vintage: VINTAGE },
        addressMatches: found.map(censusMatch),
      },
    });
  }

  private control(path: string, raw: string, res: ServerResponse): void {
    const input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    switch (path) {
      case "/__fake/requests":
        sendJson(res, 200, { requests: this.requests });
        return;
      case "/__fake/reset":
        this.reset();
        sendJson(res, 200, { ok: true });
        return;
      case "/__fake/fail-next":
        this.failNext(...((input.faults as Fault[]) ?? []));
        sendJson(res, 200, { ok: true });
        return;
      case "/__fake/addresses":
        this.addAddress(input as FakeAddress);
        sendJson(res, 200, { ok: true });
        return;
      default:
        sendJson(res, 404, { message: "unknown control path" });
        return;
    }
  }
}

/** Close enough to the Census's own normalising for a table of a few addresses. */
const WORDS: Record<string, string> = {
  AVENUE: "AVE",
  STREET: "ST",
  LANE: "LN",
  ROAD: "RD",
  DRIVE: "DR",
  NORTHWEST: "NW",
};

function normalize(value: string): string {
  return value
    .toUpperCase()
    .replace(/[.,#]/g, " ")
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => WORDS[word] ?? word)
    .join(" ");
}

function matchesParts(known: FakeAddress, query: Record<string, string>): boolean {
  const same = (asked: string | undefined, value: string) =>
    !asked?.trim() || normalize(asked) === normalize(value);
  return (
    normalize(query.street ?? "") === normalize(known.street) &&
    same(query.city, known.city) &&
    same(query.state, known.state) &&
    same(query.zip?.slice(0, 5), known.zip)
  );
}

function matchesOneLine(known: FakeAddress, address: string): boolean {
  const asked = ` ${normalize(address)} `;
  return (
    asked.startsWith(` ${normalize(known.street)} `) &&
    (asked.includes(` ${known.zip}`) || asked.includes(` ${normalize(known.city)} `))
  );
}

function censusMatch(known: FakeAddress) {
  const street = normalize(known.street);
  const geographies: Record<string, Record<string, string | number>[]> = {
    "119th Congressional Districts": [congressionalRecord(known)],
  };
  if (known.upper) {
    geographies["2024 State Legislative Districts - Upper"] = [legislativeRecord(known, "SLDU", known.upper)];
  }
  if (known.lower) {
    geographies["2024 State Legislative Districts - Lower"] = [legislativeRecord(known, "SLDL", known.lower)];
  }
  return {
    tigerLine: { side: "L", tigerLineId: "76225813" },
    coordinates: { x: known.x, y: known.y },
    addressComponents: {
      fromAddress: street.split(" ")[0] ?? "",
      streetName: street.split(" ").slice(1).join(" "),
      city: known.city.toUpperCase(),
      state: known.state,
      zip: known.zip,
    },
    matchedAddress: `${street}, ${known.city.toUpperCase()}, ${known.state}, ${known.zip}`,
    geographies,
  };
}

// A subset of the real records' fields, with their types (strings, OBJECTID a number), so the adapter is
// tested against the clutter it will meet. The names of at-large and undefined districts are best guesses;
// the adapter reads the code fields, not the names.
function congressionalRecord(known: FakeAddress): Record<string, string | number> {
  const code = known.congressional;
  const isNumbered = /^\d\d$/.test(code) && code !== "00" && code !== "98";
  const name =
    code === "98"
      ? "Delegate District (at Large)"
      : code === "00"
        ? "Congressional District (at Large)"
        : code === "ZZ"
          ? "Congressional Districts not defined"
          : `Congressional District ${Number(code)}`;
  return {
    GEOID: `${known.stateFips}${code}`,
    CDSESSN: "119",
    STATE: known.stateFips,
    BASENAME: isNumbered ? String(Number(code)) : name,
    NAME: name,
    LSADC: code === "98" ? "C4" : code === "00" ? "C2" : "C1",
    FUNCSTAT: "N",
    MTFCC: "G5200",
    CD119: code,
    OBJECTID: 1,
    CENTLAT: `+${known.y.toFixed(7)}`,
    CENTLON: known.x.toFixed(7),
  };
}

function legislativeRecord(
  known: FakeAddress,
  codeField: "SLDU" | "SLDL",
  district: { code: string; basename: string; name: string },
): Record<string, string | number> {
  return {
    GEOID: `${known.stateFips}${district.code}`,
    STATE: known.stateFips,
    BASENAME: district.basename,
    NAME: district.name,
    LSADC: codeField === "SLDU" ? "LU" : "LL",
    FUNCSTAT: "N",
    MTFCC: codeField === "SLDU" ? "G5210" : "G5220",
    [codeField]: district.code,
    OBJECTID: 1,
    CENTLAT: `+${known.y.toFixed(7)}`,
    CENTLON: known.x.toFixed(7),
  };
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json" });
  res.end(JSON.stringify(body));
}

export async function startFakeGeocoder(options: FakeGeocoderOptions = {}): Promise<FakeGeocoder> {
  return new FakeGeocoder(options).start();
}

// Run on its own: `tsx e2e/fakes/fake-geocoder.ts --port 3902` (without --port, a free port is picked).
if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 0;
  const fake = await startFakeGeocoder({ port });
  console.log(`fake Census geocoder listening on ${fake.url} (GEOCODER_URL=${fake.baseUrl})`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
