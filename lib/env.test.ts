import { describe, expect, it } from "vitest";
import { EnvError, parseEnv } from "./env";

describe("parseEnv", () => {
  it("gives development a working default for everything", () => {
    const env = parseEnv({ NODE_ENV: "development" });
    expect(env.databaseKind).toBe("pglite");
    expect(env.databaseUrl).toBe("pglite:.data/pglite");
    expect(env.appUrl).toBe("http://localhost:3000");
    expect(env.authSecret.length).toBeGreaterThanOrEqual(32);
    expect(env.emailFrom).toContain("@");
    expect(env.resendApiKey).toBeUndefined();
  });

  it("keeps the generated development AUTH_SECRET between starts", () => {
    expect(parseEnv({ NODE_ENV: "development" }).authSecret).toBe(
      parseEnv({ NODE_ENV: "development" }).authSecret,
    );
  });

  it("recognises a PostgreSQL URL", () => {
    const env = parseEnv({ DATABASE_URL: "postgres://u:p@db.internal:5432/chorus" });
    expect(env.databaseKind).toBe("postgres");
  });

  it("treats empty values as unset", () => {
    expect(parseEnv({ DATABASE_URL: "", APP_URL: " " }).databaseKind).toBe("pglite");
  });

  it("names every variable production is missing", () => {
    const attempt = () => parseEnv({ NODE_ENV: "production" }, { strict: true });
    expect(attempt).toThrow(EnvError);
    try {
      attempt();
    } catch (error) {
      const message = (error as Error).message;
      for (const name of ["DATABASE_URL", "AUTH_SECRET", "APP_URL", "EMAIL_FROM", "RESEND_API_KEY"]) {
        expect(message).toContain(name);
      }
    }
  });

  it("accepts a complete production environment", () => {
    const env = parseEnv(
      {
        NODE_ENV: "production",
        DATABASE_URL: "postgresql://chorus@127.0.0.1/chorus",
        AUTH_SECRET: "x".repeat(40),
        APP_URL: "https://chorus.example.org/",
        EMAIL_FROM: "Chorus <chorus@example.org>",
        RESEND_API_KEY: "re_123",
      },
      { strict: true },
    );
    expect(env.isProduction).toBe(true);
    expect(env.appUrl).toBe("https://chorus.example.org");
  });

  it.each([
    ["DATABASE_URL", "mysql://localhost/chorus"],
    ["APP_URL", "not a url"],
    ["RESEND_BASE_URL", "localhost:3901"],
    ["EMAIL_FROM", "nobody"],
    ["AUTH_SECRET", "short"],
    ["PORT", "eighty"],
  ])("rejects a malformed %s with a message naming it", (name, value) => {
    expect(() => parseEnv({ [name]: value })).toThrow(new RegExp(`${name}: `));
  });

  it("reads TRUSTED_PROXIES: none by default, a hop count, or CIDRs; a bad one is named with what is expected", () => {
    expect(parseEnv({}).trustedProxies).toEqual({ kind: "none" });
    expect(parseEnv({ TRUSTED_PROXIES: "1" }).trustedProxies).toEqual({ kind: "hops", hops: 1 });
    const cidrs = parseEnv({ TRUSTED_PROXIES: "10.0.0.0/8, ::1" }).trustedProxies;
    expect(cidrs.kind === "cidrs" && cidrs.cidrs).toEqual(["10.0.0.0/8", "::1/128"]);
    expect(() => parseEnv({ TRUSTED_PROXIES: "10.0.0.0/40" })).toThrow(
      /TRUSTED_PROXIES: "10\.0\.0\.0\/40" is not an IPv4 or IPv6 address or CIDR range/,
    );
  });

  describe("Congress delivery (CWC)", () => {
    const agent = {
      CWC_DELIVERY_AGENT: "Chorus Project",
      CWC_DELIVERY_AGENT_ACK_EMAIL: "cwc@example.org",
      CWC_DELIVERY_AGENT_CONTACT_NAME: "Casey Operator",
      CWC_DELIVERY_AGENT_CONTACT_EMAIL: "ops@example.org",
      CWC_DELIVERY_AGENT_CONTACT_PHONE: "202-555-0100",
    };

    it("is off without keys, and each chamber has its defaults when its key is set", () => {
      const off = parseEnv({});
      expect(off.cwcHouse).toBeNull();
      expect(off.cwcSenate).toBeNull();
      expect(off.cwcAgent).toBeNull();
      expect(off.cwcRequestsPerSecond).toBe(2);
      expect(off.cwcMaintenanceWindows).toBe(true);
      const on = parseEnv({ ...agent, CWC_HOUSE_API_KEY: "h", CWC_SENATE_API_KEY: "s" });
      expect(on.cwcHouse).toEqual({ apiKey: "h", baseUrl: "https://cwc.house.gov" });
      expect(on.cwcSenate).toEqual({
        apiKey: "s",
        baseUrl: "https://soapbox.senate.gov/api",
        stage: "testing",
      });
      expect(on.cwcAgent?.contactPhone).toBe("202-555-0100");
      expect(
        parseEnv({ ...agent, CWC_SENATE_API_KEY: "s", CWC_SENATE_STAGE: "production" }).cwcSenate?.stage,
      ).toBe("production");
    });

    it("stops the start when a key is set without the agent's details, naming each missing variable", () => {
      const { CWC_DELIVERY_AGENT_CONTACT_PHONE: _phone, CWC_DELIVERY_AGENT: _name, ...partial } = agent;
      const attempt = () => parseEnv({ ...partial, CWC_SENATE_API_KEY: "s" });
      expect(attempt).toThrow(EnvError);
      expect(attempt).toThrow(/CWC_DELIVERY_AGENT_CONTACT_PHONE/);
      expect(attempt).toThrow(/CWC_DELIVERY_AGENT\n/);
      expect(attempt).not.toThrow(/CWC_DELIVERY_AGENT_ACK_EMAIL/);
    });

    it("refuses a malformed phone, a short contact name and an unknown stage", () => {
      expect(() => parseEnv({ ...agent, CWC_DELIVERY_AGENT_CONTACT_PHONE: "2025550100" })).toThrow(
        /CWC_DELIVERY_AGENT_CONTACT_PHONE/,
      );
      expect(() => parseEnv({ ...agent, CWC_DELIVERY_AGENT_CONTACT_NAME: "Ann" })).toThrow(
        /CWC_DELIVERY_AGENT_CONTACT_NAME/,
      );
      expect(() => parseEnv({ CWC_SENATE_STAGE: "live" })).toThrow(/CWC_SENATE_STAGE/);
    });
  });
});
