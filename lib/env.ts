/**
 * The one place that reads process.env. Everything else imports `env` (or calls `loadEnv`).
 *
 * Development and tests get a working default for everything; production refuses to start when a
 * value it needs is missing or malformed, naming the variable. `next.config.ts` imports this module so a
 * bad environment stops `next start` before it serves anything.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { parseTrustedProxies, type TrustedProxies } from "./security/client-address";

export const DATA_DIR = path.resolve(process.cwd(), ".data");
const DEFAULT_DATABASE_URL = "pglite:.data/pglite";

const databaseUrl = z
  .string()
  .trim()
  .refine((value) => /^(postgres|postgresql):\/\/[^\s]+$/.test(value) || /^pglite:.+$/.test(value), {
    message:
      "must be a postgres:// or postgresql:// URL (or pglite:PATH / pglite:memory for the embedded database)",
  });

const optionalUrl = z
  .string()
  .trim()
  .refine((value) => /^https?:\/\/[^\s/]+/.test(value) && URL.canParse(value), {
    message: "must be a full http(s) URL such as https://example.org",
  })
  .optional();

const schema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: databaseUrl.optional(),
  RESEND_API_KEY: z.string().trim().min(1).optional(),
  RESEND_BASE_URL: optionalUrl,
  /** The signing secret of the Resend webhook (whsec_…); without it, webhook calls are refused. */
  RESEND_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_[A-Za-z0-9+/=]+$/, { message: "must be the webhook signing secret, starting with whsec_" })
    .optional(),
  EMAIL_FROM: z
    .string()
    .trim()
    .regex(/^(?:[^<>]+<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/, {
      message: 'must be an address like chorus@example.org or "Chorus <chorus@example.org>"',
    })
    .optional(),
  AUTH_SECRET: z
    .string()
    .min(32, { message: "must be at least 32 characters (try: openssl rand -base64 32)" })
    .optional(),
  APP_URL: optionalUrl,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  /** A Census-compatible geocoder, e.g. https://geocoding.geo.census.gov/geocoder; unset = no geocoder. */
  GEOCODER_URL: optionalUrl,
  GEOCODER_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(4000),
  /** The email provider's request rate for this account (Resend's default: 2 per second). */
  EMAIL_REQUESTS_PER_SECOND: z.coerce.number().positive().max(100).default(2),
  /** Public forms sent sooner than this after they were shown are refused as automated (0 turns it off). */
  FORM_MIN_FILL_MS: z.coerce.number().int().min(0).max(60_000).default(2500),
  /** Letters a day from one network (an office or a library shares one address: raise it if needed). */
  LETTERS_PER_IP_PER_DAY: z.coerce.number().int().min(1).max(10_000_000).default(50),
  /** Sign-in links an hour asked for from one network (the e2e suite, all on 127.0.0.1, raises it). */
  SIGN_INS_PER_IP_PER_HOUR: z.coerce.number().int().min(1).max(10_000_000).default(20),
  /** Letters emailed to one recipient address in 24 hours, across every campaign; more wait (lib/delivery/pacing.ts). */
  EMAILS_PER_RECIPIENT_PER_DAY: z.coerce.number().int().min(1).max(10_000_000).default(200),
  /** Invitations an organization sends before an instance operator verifies it. */
  UNVERIFIED_ORGANIZATION_INVITES: z.coerce.number().int().min(0).max(1000).default(3),
  /**
   * Instance operators, by the email address they sign in with (comma-separated): they verify organizations at
   * /organize/operator. Empty: only the command line (`npm run org:verify`) can.
   */
  OPERATOR_EMAILS: z.string().default(""),
  /** Letter batches the provider refused are retried after base × 2^(attempt − 1) s, at most max (8 attempts). */
  DELIVERY_RETRY_BASE_SECONDS: z.coerce.number().positive().max(3600).default(5),
  DELIVERY_RETRY_MAX_SECONDS: z.coerce.number().positive().max(86_400).default(600),
  /** `npm start`: web processes (node:cluster workers); default one per core. */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  /** `npm start`: the shared page cache in front of Next (campaign pages, public API answers); "off" turns it off. */
  PAGE_CACHE: z.enum(["on", "off"]).default("on"),
  /** `npm start`: signed-out campaign pages without React, with public/enhance.js (edge/lite-page.ts). */
  PAGE_LITE: z.enum(["on", "off"]).default("on"),
  /** `npm start`: letters from people not signed in go straight to the route's handler (edge/direct-route.ts). */
  DIRECT_ROUTES: z.enum(["on", "off"]).default("on"),
  /**
   * Who may say which address a request came from (lib/security/client-address.ts): unset = nobody (the
   * socket's address is the client), a hop count like `1`, or CIDRs like `10.0.0.0/8, 2001:db8::/32`.
   */
  TRUSTED_PROXIES: z
    .string()
    .optional()
    .superRefine((value, context) => {
      try {
        parseTrustedProxies(value);
      } catch (error) {
        context.addIssue({ code: "custom", message: (error as Error).message });
      }
    }),
  /** Congress delivery (CWC): a chamber's vendor API key; unset = that chamber's letters stay a hand-off. */
  CWC_HOUSE_API_KEY: z.string().trim().min(1).optional(),
  /** The whole prefix: messages go to BASE/v2/message, the office list is BASE/v2/offices. */
  CWC_HOUSE_BASE_URL: optionalUrl,
  CWC_SENATE_API_KEY: z.string().trim().min(1).optional(),
  /** The whole prefix: BASE/testing-messages/ or BASE/production-messages/, the list is BASE/active_offices. */
  CWC_SENATE_BASE_URL: optionalUrl,
  /** Which Senate messages path: "testing" unless production is asked for by name (a testing key is the first one SOAPBox gives). */
  CWC_SENATE_STAGE: z.enum(["testing", "production"]).default("testing"),
  /** The vendor's legal name, as on the chambers' applications (the Senate checks it against the key). */
  CWC_DELIVERY_AGENT: z.string().trim().min(1).max(200).optional(),
  CWC_DELIVERY_AGENT_ACK_EMAIL: z
    .string()
    .trim()
    .regex(/^[^@\s]+@[^.@\s]+\.[^@\s]+$/, { message: "must be an email address like cwc@example.org" })
    .optional(),
  CWC_DELIVERY_AGENT_CONTACT_NAME: z
    .string()
    .trim()
    .min(6, { message: "must be at least 6 characters (the Senate's minimum)" })
    .max(200)
    .optional(),
  CWC_DELIVERY_AGENT_CONTACT_EMAIL: z
    .string()
    .trim()
    .regex(/^[^@\s]+@[^.@\s]+\.[^@\s]+$/, { message: "must be an email address like ops@example.org" })
    .optional(),
  CWC_DELIVERY_AGENT_CONTACT_PHONE: z
    .string()
    .trim()
    .regex(/^\d{3}-\d{3}-\d{4}$/, { message: "must be written XXX-XXX-XXXX, like 202-555-0100" })
    .optional(),
  /** Messages per second to each chamber (the Senate told one vendor 5–10; no House figure is known). */
  CWC_REQUESTS_PER_SECOND: z.coerce.number().positive().max(50).default(2),
  /** How long to wait for a chamber's answer to one message before retrying it (same DeliveryId). */
  CWC_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** The chambers' maintenance windows (US Eastern): "off" only for tests, so a test at 01:00 ET still sends. */
  CWC_MAINTENANCE_WINDOWS: z.enum(["on", "off"]).default("on"),
  /** Where `next build` writes and `next start` reads (the bench builds into its own folder). */
  NEXT_DIST_DIR: z
    .string()
    .trim()
    .regex(/^\.[A-Za-z0-9._-]+$/, {
      message: "must be a folder name in the project starting with a dot, like .next-bench",
    })
    .optional(),
});

export type Env = {
  nodeEnv: "development" | "production" | "test";
  isProduction: boolean;
  databaseUrl: string;
  databaseKind: "pglite" | "postgres";
  resendApiKey: string | undefined;
  resendBaseUrl: string | undefined;
  resendWebhookSecret: string | undefined;
  emailFrom: string;
  authSecret: string;
  appUrl: string;
  port: number;
  emailRequestsPerSecond: number;
  geocoderUrl: string | undefined;
  geocoderTimeoutMs: number;
  formMinFillMs: number;
  lettersPerIpPerDay: number;
  signInsPerIpPerHour: number;
  emailsPerRecipientPerDay: number;
  unverifiedOrganizationInvites: number;
  /** Lowercased. */
  operatorEmails: string[];
  deliveryRetryBaseSeconds: number;
  deliveryRetryMaxSeconds: number;
  webConcurrency: number | undefined;
  pageCache: boolean;
  pageLite: boolean;
  directRoutes: boolean;
  nextDistDir: string;
  trustedProxies: TrustedProxies;
  /** Null when the chamber has no API key: its letters stay a guided hand-off. */
  cwcHouse: { apiKey: string; baseUrl: string } | null;
  cwcSenate: { apiKey: string; baseUrl: string; stage: "testing" | "production" } | null;
  /** Set whenever a chamber is (parseEnv refuses a key without the agent's details). */
  cwcAgent: {
    name: string;
    ackEmail: string;
    contactName: string;
    contactEmail: string;
    contactPhone: string;
  } | null;
  cwcRequestsPerSecond: number;
  cwcTimeoutMs: number;
  cwcMaintenanceWindows: boolean;
};

export class EnvError extends Error {
  override name = "EnvError";
}

type Source = Record<string, string | undefined>;

/** Empty strings count as unset: `FOO= npm start` should not mean "FOO is the empty string". */
function clean(source: Source): Source {
  const out: Source = {};
  for (const [key, value] of Object.entries(source)) {
    if (value !== undefined && value.trim() !== "") out[key] = value;
  }
  return out;
}

function developmentAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  const secret = randomBytes(32).toString("base64url");
  mkdirSync(DATA_DIR, { recursive: true });
  // "wx" so two processes starting at once cannot both write different secrets.
  try {
    writeFileSync(file, `${secret}\n`, { flag: "wx", mode: 0o600 });
    return secret;
  } catch {
    return readFileSync(file, "utf8").trim();
  }
}

/**
 * Parses an environment. `strict` (production at run time) requires what production needs; otherwise the
 * development defaults fill the gaps. A `next build` is not strict: the image is built once and configured
 * where it runs.
 */
export function parseEnv(source: Source, options: { strict?: boolean } = {}): Env {
  const parsed = schema.safeParse(clean(source));
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
    throw new EnvError(`Chorus cannot start: invalid environment variable(s)\n${lines.join("\n")}`);
  }
  const raw = parsed.data;
  const isProduction = raw.NODE_ENV === "production";
  const strict = options.strict ?? false;

  if (strict) {
    const missing: string[] = [];
    if (!raw.DATABASE_URL) missing.push("DATABASE_URL (the PostgreSQL connection URL)");
    if (!raw.AUTH_SECRET) missing.push("AUTH_SECRET (32+ random characters: openssl rand -base64 32)");
    if (!raw.APP_URL) missing.push("APP_URL (the public address, e.g. https://chorus.example.org)");
    if (!raw.EMAIL_FROM) missing.push('EMAIL_FROM (e.g. "Chorus <chorus@example.org>")');
    if (!raw.RESEND_API_KEY)
      missing.push("RESEND_API_KEY (from resend.com; production never uses the dev mailbox)");
    if (missing.length > 0) {
      throw new EnvError(
        `Chorus cannot start in production: missing environment variable(s)\n${missing.map((m) => `  ${m}`).join("\n")}`,
      );
    }
  }

  const cwcAgent = cwcAgentOf(raw);
  const databaseUrl = raw.DATABASE_URL ?? DEFAULT_DATABASE_URL;
  const port = raw.PORT;
  return {
    nodeEnv: raw.NODE_ENV,
    isProduction,
    databaseUrl,
    databaseKind: databaseUrl.startsWith("pglite:") ? "pglite" : "postgres",
    resendApiKey: raw.RESEND_API_KEY,
    resendBaseUrl: raw.RESEND_BASE_URL,
    resendWebhookSecret: raw.RESEND_WEBHOOK_SECRET,
    emailFrom: raw.EMAIL_FROM ?? "Chorus <chorus@localhost>",
    authSecret: raw.AUTH_SECRET ?? (strict ? "" : developmentAuthSecret()),
    appUrl: (raw.APP_URL ?? `http://localhost:${port}`).replace(/\/+$/, ""),
    port,
    emailRequestsPerSecond: raw.EMAIL_REQUESTS_PER_SECOND,
    geocoderUrl: raw.GEOCODER_URL?.replace(/\/+$/, ""),
    geocoderTimeoutMs: raw.GEOCODER_TIMEOUT_MS,
    formMinFillMs: raw.FORM_MIN_FILL_MS,
    lettersPerIpPerDay: raw.LETTERS_PER_IP_PER_DAY,
    signInsPerIpPerHour: raw.SIGN_INS_PER_IP_PER_HOUR,
    emailsPerRecipientPerDay: raw.EMAILS_PER_RECIPIENT_PER_DAY,
    unverifiedOrganizationInvites: raw.UNVERIFIED_ORGANIZATION_INVITES,
    operatorEmails: raw.OPERATOR_EMAILS.split(",")
      .map((email) => email.trim().toLowerCase())
      .filter(Boolean),
    deliveryRetryBaseSeconds: raw.DELIVERY_RETRY_BASE_SECONDS,
    deliveryRetryMaxSeconds: raw.DELIVERY_RETRY_MAX_SECONDS,
    webConcurrency: raw.WEB_CONCURRENCY,
    pageCache: raw.PAGE_CACHE === "on",
    pageLite: raw.PAGE_LITE === "on",
    directRoutes: raw.DIRECT_ROUTES === "on",
    nextDistDir: raw.NEXT_DIST_DIR ?? ".next",
    trustedProxies: parseTrustedProxies(raw.TRUSTED_PROXIES),
    cwcHouse: raw.CWC_HOUSE_API_KEY
      ? {
          apiKey: raw.CWC_HOUSE_API_KEY,
          baseUrl: (raw.CWC_HOUSE_BASE_URL ?? "https://cwc.house.gov").replace(/\/+$/, ""),
        }
      : null,
    cwcSenate: raw.CWC_SENATE_API_KEY
      ? {
          apiKey: raw.CWC_SENATE_API_KEY,
          baseUrl: (raw.CWC_SENATE_BASE_URL ?? "https://soapbox.senate.gov/api").replace(/\/+$/, ""),
          stage: raw.CWC_SENATE_STAGE,
        }
      : null,
    cwcAgent,
    cwcRequestsPerSecond: raw.CWC_REQUESTS_PER_SECOND,
    cwcTimeoutMs: raw.CWC_TIMEOUT_MS,
    cwcMaintenanceWindows: raw.CWC_MAINTENANCE_WINDOWS === "on",
  };
}

/**
 * Every CWC message names the vendor sending it, so a chamber's key without the agent's details stops the
 * start (in development too: a half-configured Congress delivery would only fail later, letter by letter).
 */
function cwcAgentOf(raw: z.output<typeof schema>): Env["cwcAgent"] {
  if (!raw.CWC_HOUSE_API_KEY && !raw.CWC_SENATE_API_KEY) return null;
  const details = {
    CWC_DELIVERY_AGENT: raw.CWC_DELIVERY_AGENT,
    CWC_DELIVERY_AGENT_ACK_EMAIL: raw.CWC_DELIVERY_AGENT_ACK_EMAIL,
    CWC_DELIVERY_AGENT_CONTACT_NAME: raw.CWC_DELIVERY_AGENT_CONTACT_NAME,
    CWC_DELIVERY_AGENT_CONTACT_EMAIL: raw.CWC_DELIVERY_AGENT_CONTACT_EMAIL,
    CWC_DELIVERY_AGENT_CONTACT_PHONE: raw.CWC_DELIVERY_AGENT_CONTACT_PHONE,
  };
  const missing = Object.entries(details)
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    const key = raw.CWC_HOUSE_API_KEY ? "CWC_HOUSE_API_KEY" : "CWC_SENATE_API_KEY";
    throw new EnvError(
      `Chorus cannot start: ${key} is set, so every CWC message must name its delivery agent; missing environment variable(s)\n${missing.map((m) => `  ${m}`).join("\n")}`,
    );
  }
  return {
    name: details.CWC_DELIVERY_AGENT ?? "",
    ackEmail: details.CWC_DELIVERY_AGENT_ACK_EMAIL ?? "",
    contactName: details.CWC_DELIVERY_AGENT_CONTACT_NAME ?? "",
    contactEmail: details.CWC_DELIVERY_AGENT_CONTACT_EMAIL ?? "",
    contactPhone: details.CWC_DELIVERY_AGENT_CONTACT_PHONE ?? "",
  };
}

function isBuildPhase(): boolean {
  return process.env.NEXT_PHASE === "phase-production-build";
}

let cached: Env | undefined;

/** The validated environment of this process, read once. */
export function loadEnv(): Env {
  if (!cached) {
    cached = parseEnv(process.env, { strict: process.env.NODE_ENV === "production" && !isBuildPhase() });
  }
  return cached;
}

/** Tests that change the environment (say, to point email at the fake Resend) read it again. */
export function reloadEnv(): Env {
  cached = undefined;
  return loadEnv();
}

export const env: Env = new Proxy({} as Env, {
  get(_target, key: string) {
    return loadEnv()[key as keyof Env];
  },
});

/** Next.js sets NEXT_PHASE while it builds; read here so nothing else touches process.env. */
export const isNextBuild = isBuildPhase;

/**
 * For next.config.ts: validate the environment for the phase Next is starting, and stop with the message
 * (no stack trace) when it is wrong. `next build` is lenient; `next start` in production is strict.
 */
export function assertEnvForNextPhase(phase: string): void {
  try {
    if (phase === "phase-production-build") parseEnv(process.env, { strict: false });
    else loadEnv();
  } catch (error) {
    if (error instanceof EnvError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
}
