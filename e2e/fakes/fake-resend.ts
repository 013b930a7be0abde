/**
 * A fake Resend API on loopback, for tests: the real SDK talks to it through RESEND_BASE_URL.
 *
 * It records every request (with its Idempotency-Key), accepts each idempotency key once (a repeat returns
 * the first answer, as Resend does for 24 h), can enforce a request rate like Resend's (429 + Retry-After),
 * and can be told to fail on purpose: scripted answers (429 with Retry-After, 500, or never answering, before
 * or after accepting the email) or random ones at given rates. Control it in-process, or over HTTP at /__fake/* when it runs as its own
 * process (`tsx e2e/fakes/fake-resend.ts --port 3901`), as the Playwright suite does.
 */
import { randomUUID } from "node:crypto";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type FakeEmail = {
  id: string;
  from: string;
  to: string[];
  subject: string;
  html?: string;
  text?: string;
  reply_to?: string | string[];
  headers?: Record<string, string>;
};

export type RecordedRequest = {
  method: string;
  path: string;
  idempotencyKey: string | null;
  authorization: string | null;
  body: unknown;
  /** "accepted-hung": the email was accepted (its key recorded), then the answer never came. */
  status: number | "hung" | "accepted-hung";
  at: number;
};

export type Fault =
  | { kind: "status"; status: 429 | 500 | 503; retryAfterSeconds?: number }
  /** Never answers; with `afterAccepting`, the email is accepted first (the answer is what gets lost). */
  | { kind: "hang"; afterAccepting?: boolean }
  /** Answer normally, but only after this long (a slow provider). */
  | { kind: "delay"; ms: number };

export type RandomFaults = {
  rate429?: number;
  rate500?: number;
  rateHang?: number;
  /** Of the requests left unanswered, the share that is accepted first (0 by default). */
  hangAfterAccepting?: number;
  retryAfterSeconds?: number;
};

export type FakeResendOptions = {
  port?: number;
  /** Like Resend's per-team limit: more requests than this in any second get 429. */
  requestsPerSecond?: number;
  random?: () => number;
};

type Accepted = { status: number; body: unknown; fingerprint: string };

export class FakeResend {
  readonly requests: RecordedRequest[] = [];
  /** Every email accepted, once per idempotency key (or per request without one). */
  readonly emails: FakeEmail[] = [];
  private readonly byKey = new Map<string, Accepted>();
  private scripted: Fault[] = [];
  private randomFaults: RandomFaults = {};
  private requestsPerSecond: number | undefined;
  private readonly random: () => number;
  private recent: number[] = [];
  private hung: ServerResponse[] = [];
  private server: Server | undefined;
  url = "";

  constructor(private readonly options: FakeResendOptions = {}) {
    this.requestsPerSecond = options.requestsPerSecond;
    this.random = options.random ?? Math.random;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.handle(req, res).catch((error) => {
        res.writeHead(500, { "content-type": "application/json" });
        res.end(JSON.stringify({ name: "internal_server_error", message: String(error) }));
      });
    });
    // The client closes idle connections (undici after 4 s); had the fake closed them too, at 5 s, a request
    // sent on one that was closing met ECONNRESET whenever the shared event loop was busy rendering a batch.
    this.server.keepAliveTimeout = 0;
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

  /** The next requests get these answers, in order, before normal service resumes. */
  failNext(...faults: Fault[]): void {
    this.scripted.push(...faults);
  }

  setRandomFaults(faults: RandomFaults): void {
    this.randomFaults = faults;
  }

  setRequestsPerSecond(limit: number | undefined): void {
    this.requestsPerSecond = limit;
  }

  reset(): void {
    this.requests.length = 0;
    this.emails.length = 0;
    this.byKey.clear();
    this.scripted = [];
    this.randomFaults = {};
    this.recent = [];
  }

  emailsTo(address: string): FakeEmail[] {
    return this.emails.filter((email) => email.to.includes(address));
  }

  private pickFault(): Fault | undefined {
    const scripted = this.scripted.shift();
    if (scripted) return scripted;
    const {
      rate429 = 0,
      rate500 = 0,
      rateHang = 0,
      hangAfterAccepting = 0,
      retryAfterSeconds = 1,
    } = this.randomFaults;
    const roll = this.random();
    if (roll < rate429) return { kind: "status", status: 429, retryAfterSeconds };
    if (roll < rate429 + rate500) return { kind: "status", status: 500 };
    if (roll < rate429 + rate500 + rateHang)
      return { kind: "hang", afterAccepting: this.random() < hangAfterAccepting };
    return undefined;
  }

  private overRate(now: number): boolean {
    if (!this.requestsPerSecond) return false;
    this.recent = this.recent.filter((t) => now - t < 1000);
    if (this.recent.length >= this.requestsPerSecond) return true;
    this.recent.push(now);
    return false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? "/", "http://fake");
    const raw = await readBody(req);
    if (url.pathname.startsWith("/__fake/")) return this.control(url.pathname, raw, res);

    let body: unknown = null;
    try {
      body = raw ? JSON.parse(raw) : null;
    } catch {
      return send(res, 422, { name: "validation_error", message: "Body is not JSON" });
    }
    const record: RecordedRequest = {
      method: req.method ?? "GET",
      path: url.pathname,
      idempotencyKey: header(req, "idempotency-key"),
      authorization: header(req, "authorization"),
      body,
      status: 200,
      at: Date.now(),
    };
    this.requests.push(record);

    if (!record.authorization?.startsWith("Bearer ")) {
      record.status = 401;
      return send(res, 401, {
        name: "missing_api_key",
        message: "Missing API key in the authorization header.",
      });
    }
    const now = Date.now();
    if (this.overRate(now)) {
      record.status = 429;
      return send(
        res,
        429,
        { name: "rate_limit_exceeded", message: "Too many requests." },
        { "retry-after": "1" },
      );
    }
    let fault = this.pickFault();
    if (fault?.kind === "delay") {
      await new Promise((resolve) => setTimeout(resolve, (fault as { ms: number }).ms));
      fault = undefined;
    }
    // Accept as usual, then leave the answer unsent: the client cannot know the email went.
    const hangAfterAccepting = fault?.kind === "hang" && fault.afterAccepting === true;
    const answer200 = (body: unknown) => {
      if (!hangAfterAccepting) return send(res, 200, body);
      record.status = "accepted-hung";
      this.hung.push(res);
    };
    if (hangAfterAccepting) fault = undefined;
    if (fault?.kind === "hang") {
      record.status = "hung";
      this.hung.push(res);
      return;
    }
    if (fault) {
      record.status = fault.status;
      const headers: Record<string, string> = fault.retryAfterSeconds
        ? { "retry-after": String(fault.retryAfterSeconds) }
        : {};
      const name = fault.status === 429 ? "rate_limit_exceeded" : "internal_server_error";
      return send(res, fault.status, { name, message: `fake ${fault.status}` }, headers);
    }

    if (req.method !== "POST" || (url.pathname !== "/emails" && url.pathname !== "/emails/batch")) {
      record.status = 404;
      return send(res, 404, { name: "not_found", message: "The fake knows POST /emails and /emails/batch." });
    }

    const fingerprint = raw;
    if (record.idempotencyKey) {
      const previous = this.byKey.get(`${url.pathname} ${record.idempotencyKey}`);
      if (previous) {
        if (previous.fingerprint !== fingerprint) {
          record.status = 409;
          return send(res, 409, {
            name: "invalid_idempotent_request",
            message: "Same idempotency key used with a different request body.",
          });
        }
        record.status = previous.status;
        return answer200(previous.body);
      }
    }

    const items = url.pathname === "/emails/batch" ? (Array.isArray(body) ? body : null) : [body];
    if (!items || items.length === 0 || items.length > 100 || !items.every(isEmail)) {
      record.status = 422;
      return send(res, 422, { name: "validation_error", message: "Invalid email payload." });
    }
    const accepted = items.map((item) => ({ ...(item as Omit<FakeEmail, "id">), id: randomUUID() }));
    for (const email of accepted)
      email.to = Array.isArray(email.to) ? email.to : [email.to as unknown as string];
    this.emails.push(...accepted);
    const answer =
      url.pathname === "/emails/batch"
        ? { data: accepted.map((email) => ({ id: email.id })) }
        : { id: accepted[0]?.id };
    if (record.idempotencyKey) {
      this.byKey.set(`${url.pathname} ${record.idempotencyKey}`, { status: 200, body: answer, fingerprint });
    }
    return answer200(answer);
  }

  private control(path: string, raw: string, res: ServerResponse): void {
    const input = raw ? (JSON.parse(raw) as Record<string, unknown>) : {};
    switch (path) {
      case "/__fake/emails":
        send(res, 200, { emails: this.emails });
        return;
      case "/__fake/requests":
        send(res, 200, { requests: this.requests });
        return;
      case "/__fake/reset":
        this.reset();
        send(res, 200, { ok: true });
        return;
      case "/__fake/fail-next":
        this.failNext(...((input.faults as Fault[]) ?? []));
        send(res, 200, { ok: true });
        return;
      case "/__fake/random-faults":
        this.setRandomFaults(input as RandomFaults);
        send(res, 200, { ok: true });
        return;
      case "/__fake/rate":
        this.setRequestsPerSecond(input.requestsPerSecond as number | undefined);
        send(res, 200, { ok: true });
        return;
      default:
        send(res, 404, { message: "unknown control path" });
        return;
    }
  }
}

function isEmail(value: unknown): boolean {
  const email = value as Partial<FakeEmail> | null;
  return Boolean(email && typeof email.from === "string" && email.to && typeof email.subject === "string");
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

function send(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  // Resend's error bodies carry their status code; the SDK reads it from there.
  const payload = status >= 400 && body && typeof body === "object" ? { statusCode: status, ...body } : body;
  res.end(JSON.stringify(payload));
}

export async function startFakeResend(options: FakeResendOptions = {}): Promise<FakeResend> {
  return new FakeResend(options).start();
}

// Run on its own: `tsx e2e/fakes/fake-resend.ts --port 3901`
if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf("--port");
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : 3901;
  const fake = await startFakeResend({ port });
  console.log(`fake Resend listening on ${fake.url}`);
  const stop = () => void fake.close().then(() => process.exit(0));
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}
