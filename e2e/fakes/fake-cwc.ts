/**
 * A fake of both chambers' CWC APIs on loopback, for tests (../shared/CWC-NOTES.md):
 * - House, under BASE = URL/house: POST /v2/message (200 "Message Accepted"), GET /v2/offices (JSON array of codes).
 * - Senate, under BASE = URL/senate: POST /testing-messages/ and /production-messages/ (201), GET
 *   /active_offices (JSON array of {name, office_code}).
 * Every call needs the chamber's `apikey` query parameter (401 otherwise); a message needs Content-Type
 * application/xml (415 otherwise) and must validate against lib/delivery/cwc/cwc-2.0.rng, name a listed
 * office, and (Senate) carry one of its five prefixes (400 with <Errors><Error>…</Error></Errors> otherwise).
 *
 * DeliveryIds are remembered per chamber. The Senate answers a repeat with 409, as SOAPBox documents. The
 * House's answer to a repeat is not documented; this fake answers 200 again without accepting it a second
 * time, so a test counts what each chamber accepted, once per DeliveryId, in `accepted`.
 *
 * Faults on demand: scripted (failNext) or random (setRandomFaults): 429 with Retry-After, 500, a maintenance
 * 503, 401/403, or no answer at all (before or after accepting). Control it in-process, or over HTTP at
 * /__fake/* when it runs as its own process (`tsx e2e/fakes/fake-cwc.ts --port 3903`).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { validateCwcXml } from "./cwc-validate";

export type Chamber = "house" | "senate";

export type CwcFault =
  | { kind: "status"; status: 400 | 401 | 403 | 415 | 429 | 500 | 503; retryAfterSeconds?: number }
  /** Never answers; with `afterAccepting`, the message is accepted first (the answer is what gets lost). */
  | { kind: "hang"; afterAccepting?: boolean };

export type CwcRandomFaults = {
  rate429?: number;
  rate500?: number;
  rateHang?: number;
  hangAfterAccepting?: number;
};

export type AcceptedMessage = {
  chamber: Chamber;
  deliveryId: string;
  officeCode: string;
  xml: string;
  at: number;
};

export type CwcRequest = {
  chamber: Chamber | null;
  method: string;
  path: string;
  apikey: string | null;
  contentType: string | null;
  deliveryId: string | null;
  status: number | "hung" | "accepted-hung";
  at: number;
};

export type FakeCwcOptions = {
  port?: number;
  houseKey?: string;
  senateKey?: string;
  houseOffices?: string[];
  senateOffices?: { name: string; office_code: string }[];
  random?: () => number;
};

const SENATE_PREFIXES = ["Mr.", "Mrs.", "Miss", "Ms.", "Dr."];

export class FakeCwc {
  readonly requests: CwcRequest[] = [];
  readonly accepted: AcceptedMessage[] = [];
  private readonly seen: Record<Chamber, Set<string>> = { house: new Set(), senate: new Set() };
  private scripted: Record<Chamber, CwcFault[]> = { house: [], senate: [] };
  private randomFaults: CwcRandomFaults = {};
  private maintenance: Record<Chamber, boolean> = { house: false, senate: false };
  private officesFail: Record<Chamber, number | null> = { house: null, senate: null };
  houseOffices: string[];
  senateOffices: { name: string; office_code: string }[];
  private readonly random: () => number;
  private hung: ServerResponse[] = [];
  private server: Server | undefined;
  url = "";
  readonly houseKey: string;
  readonly senateKey: string;

  constructor(private readonly options: FakeCwcOptions = {}) {
    this.houseKey = options.houseKey ?? "house-test-key";
    this.senateKey = options.senateKey ?? "senate-test-key";
    this.houseOffices = options.houseOffices ?? ["HIL07", "HIL05", "HIL09", "HIL10", "HAQ00", "HAK00"];
    this.senateOffices = options.senateOffices ?? [
      { name: "Richard J. Durbin [bioguide_id: D000563]", office_code: "SIL02" },
      { name: "Tammy Duckworth [bioguide_id: D000622]", office_code: "SIL03" },
    ];
    this.random = options.random ?? Math.random;
  }

  get houseBaseUrl(): string {
    return `${this.url}/house`;
  }

  get senateBaseUrl(): string {
    return `${this.url}/senate`;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        if (!res.headersSent) res.writeHead(500, { "content-type": "text/plain" });
        res.end(String(error));
      });
    });
    await new Promise<void>((resolve) => this.server?.listen(this.options.port ?? 0, "127.0.0.1", resolve));
    const { port } = this.server.address() as AddressInfo;
    this.url = `http://127.0.0.1:${port}`;
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

  /** The chamber's next message requests get these answers, in order. */
  failNext(chamber: Chamber, ...faults: CwcFault[]): void {
    this.scripted[chamber].push(...faults);
  }

  setRandomFaults(faults: CwcRandomFaults): void {
    this.randomFaults = faults;
  }

  /** In maintenance, a chamber answers every message with 503. */
  setMaintenance(chamber: Chamber, on: boolean): void {
    this.maintenance[chamber] = on;
  }

  /** The office list answers this status (null: normal service). */
  failOffices(chamber: Chamber, status: number | null): void {
    this.officesFail[chamber] = status;
  }

  reset(): void {
    this.requests.length = 0;
    this.accepted.length = 0;
    this.seen.house.clear();
    this.seen.senate.clear();
    this.scripted = { house: [], senate: [] };
    this.randomFaults = {};
    this.maintenance = { house: false, senate: false };
    this.officesFail = { house: null, senate: null };
  }

  acceptedBy(chamber: Chamber): AcceptedMessage[] {
    return this.accepted.filter((message) => message.chamber === chamber);
  }

  private pickFault(chamber: Chamber): CwcFault | undefined {
    const scripted = this.scripted[chamber].shift();
    if (scripted) return scripted;
    const { rate429 = 0, rate500 = 0, rateHang = 0, hangAfterAccepting = 0 } = this.randomFaults;
    const roll = this.random();
    if (roll < rate429) return { kind: "status", status: 429, retryAfterSeconds: 1 };
    if (roll < rate429 + rate500) return { kind: "status", status: 500 };
    if (roll < rate429 + rate500 + rateHang)
      return { kind: "hang", afterAccepting: this.random() < hangAfterAccepting };
    return undefined;
  }

  private route(method: string, path: string): { chamber: Chamber; kind: "message" | "offices" } | null {
    if (method === "POST" && path === "/house/v2/message") return { chamber: "house", kind: "message" };
    if (method === "GET" && path === "/house/v2/offices") return { chamber: "house", kind: "offices" };
    if (
      method === "POST" &&
      (path === "/senate/testing-messages/" || path === "/senate/production-messages/")
    )
      return { chamber: "senate", kind: "message" };
    if (method === "GET" && path === "/senate/active_offices") return { chamber: "senate", kind: "offices" };
    return null;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const raw = await readBody(req);
    if (url.pathname.startsWith("/__fake/")) return this.control(url.pathname, raw, res);
    const method = req.method ?? "GET";
    const route = this.route(method, url.pathname);
    const record: CwcRequest = {
      chamber: route?.chamber ?? null,
      method,
      path: url.pathname,
      apikey: url.searchParams.get("apikey"),
      contentType: header(req, "content-type"),
      deliveryId: raw.match(/<DeliveryId>([^<]*)<\/DeliveryId>/)?.[1] ?? null,
      status: 200,
      at: Date.now(),
    };
    this.requests.push(record);
    const answer = (
      status: number,
      body: string,
      type = "text/plain",
      headers: Record<string, string> = {},
    ) => {
      record.status = status;
      res.writeHead(status, { "content-type": type, ...headers });
      res.end(body);
    };
    if (!route) return answer(404, "Unknown command");
    const key = route.chamber === "house" ? this.houseKey : this.senateKey;
    if (record.apikey !== key) return answer(401, "Invalid API key");

    if (route.kind === "offices") {
      const failing = this.officesFail[route.chamber];
      if (failing) return answer(failing, "Service unavailable");
      const list = route.chamber === "house" ? this.houseOffices : this.senateOffices;
      return answer(200, JSON.stringify(list), "application/json");
    }

    if (!(record.contentType ?? "").toLowerCase().startsWith("application/xml")) {
      return answer(415, "Unsupported Media Type");
    }
    if (this.maintenance[route.chamber])
      return answer(503, "Down for maintenance", "text/plain", { "retry-after": "60" });
    let fault = this.pickFault(route.chamber);
    const hangAfterAccepting = fault?.kind === "hang" && fault.afterAccepting === true;
    if (hangAfterAccepting) fault = undefined;
    if (fault?.kind === "hang") {
      record.status = "hung";
      this.hung.push(res);
      return;
    }
    if (fault) {
      const headers: Record<string, string> = fault.retryAfterSeconds
        ? { "retry-after": String(fault.retryAfterSeconds) }
        : {};
      return answer(fault.status, `fake ${fault.status}`, "text/plain", headers);
    }

    const errors = await this.validate(route.chamber, raw);
    if (errors.length > 0) {
      const body = `<?xml version="1.0" encoding="UTF-8"?><Errors>${errors.map((e) => `<Error>${escapeXml(e)}</Error>`).join("")}</Errors>`;
      return answer(400, body, "application/xml");
    }
    const deliveryId = record.deliveryId ?? "";
    const seen = this.seen[route.chamber];
    if (seen.has(deliveryId)) {
      if (route.chamber === "senate") return answer(409, "Duplicate DeliveryId");
      return answer(200, "Message Accepted");
    }
    seen.add(deliveryId);
    this.accepted.push({
      chamber: route.chamber,
      deliveryId,
      officeCode: raw.match(/<MemberOffice>([^<]*)<\/MemberOffice>/)?.[1] ?? "",
      xml: raw,
      at: Date.now(),
    });
    if (hangAfterAccepting) {
      record.status = "accepted-hung";
      this.hung.push(res);
      return;
    }
    return route.chamber === "house" ? answer(200, "Message Accepted") : answer(201, "Created");
  }

  private async validate(chamber: Chamber, xml: string): Promise<string[]> {
    const errors = await validateCwcXml(xml);
    if (errors.length > 0) return errors;
    const office = xml.match(/<MemberOffice>([^<]*)<\/MemberOffice>/)?.[1] ?? "";
    const listed =
      chamber === "house"
        ? this.houseOffices.includes(office)
        : this.senateOffices.some((entry) => entry.office_code === office);
    if (!listed) return [`MemberOffice ${office} is not an active office`];
    if (office[0] !== (chamber === "house" ? "H" : "S"))
      return [`MemberOffice ${office} is not a ${chamber} office`];
    const prefix = xml.match(/<Prefix>([^<]*)<\/Prefix>/)?.[1] ?? "";
    if (chamber === "senate" && !SENATE_PREFIXES.includes(prefix)) {
      return [`Element Prefix: "${prefix}" is not one of Mr., Mrs., Miss, Ms., Dr.`];
    }
    return [];
  }

  private control(path: string, raw: string, res: ServerResponse): void {
    const input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    const json = (body: unknown) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    };
    switch (path) {
      case "/__fake/accepted":
        json({ accepted: this.accepted });
        return;
      case "/__fake/requests":
        json({ requests: this.requests });
        return;
      case "/__fake/reset":
        this.reset();
        json({ ok: true });
        return;
      case "/__fake/fail-next":
        this.failNext(input.chamber as Chamber, ...((input.faults as CwcFault[]) ?? []));
        json({ ok: true });
        return;
      case "/__fake/random-faults":
        this.setRandomFaults(input as CwcRandomFaults);
        json({ ok: true });
        return;
      case "/__fake/maintenance":
        this.setMaintenance(input.chamber as Chamber, Boolean(input.on));
        json({ ok: true });
        return;
      case "/__fake/offices":
        if (Array.isArray(input.house)) this.houseOffices = input.house as string[];
        if (Array.isArray(input.senate))
          this.senateOffices = input.senate as { name: string; office_code: string }[];
        json({ ok: true });
        return;
      default:
        res.writeHead(404, { "content-type": "application/json" });
        res.end(JSON.stringify({ message: "unknown control path" }));
    }
  }
}

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function header(req: IncomingMessage, name: string): string | null {
  const value = req.headers[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => resolve(Buffer.concat(chunks).toString("utf8")));
    req.on("error", reject);
  });
}

export async function startFakeCwc(options: FakeCwcOptions = {}): Promise<FakeCwc> {
  return new FakeCwc(options).start();
}

// Run on its own: `tsx e2e/fakes/fake-cwc.ts --port 3903`
if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3903;
  const fake = await startFakeCwc({ port });
  console.log(`fake CWC listening on ${fake.url} (House ${fake.houseBaseUrl}, Senate ${fake.senateBaseUrl})`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
