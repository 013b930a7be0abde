/**
 * The HTTP side of CWC: where each chamber takes messages and publishes its office list
 * (../shared/CWC-NOTES.md, section 1). The API key goes in the `apikey` query parameter on every call; a
 * message is one raw XML document with Content-Type application/xml.
 */
import { env } from "@/lib/env";
import type { CwcChamber } from "./codes";

export type CwcEndpoint = { apiKey: string; baseUrl: string; stage?: "testing" | "production" };

/** The configured chamber (null without its key: its letters stay a hand-off). */
export function cwcEndpoint(chamber: CwcChamber): CwcEndpoint | null {
  return chamber === "house" ? env.cwcHouse : env.cwcSenate;
}

export function configuredCwcChambers(): CwcChamber[] {
  return (["house", "senate"] as const).filter((chamber) => cwcEndpoint(chamber) !== null);
}

function withKey(url: string, apiKey: string): string {
  return `${url}?apikey=${encodeURIComponent(apiKey)}`;
}

export function messageUrl(chamber: CwcChamber, endpoint: CwcEndpoint): string {
  if (chamber === "house") return withKey(`${endpoint.baseUrl}/v2/message`, endpoint.apiKey);
  const path = endpoint.stage === "production" ? "production-messages/" : "testing-messages/";
  return withKey(`${endpoint.baseUrl}/${path}`, endpoint.apiKey);
}

export function officesUrl(chamber: CwcChamber, endpoint: CwcEndpoint): string {
  return withKey(
    chamber === "house" ? `${endpoint.baseUrl}/v2/offices` : `${endpoint.baseUrl}/active_offices`,
    endpoint.apiKey,
  );
}

/** The chamber's answer to one message: its status and body (as text). */
export type CwcAnswer = { status: number; body: string; retryAfterSeconds?: number };

/** Posts one message. Throws on a network error or when no answer comes within the timeout (both retried). */
export async function postCwcMessage(
  chamber: CwcChamber,
  endpoint: CwcEndpoint,
  xml: string,
  options: { timeoutMs?: number } = {},
): Promise<CwcAnswer> {
  const response = await fetch(messageUrl(chamber, endpoint), {
    method: "POST",
    headers: { "content-type": "application/xml" },
    body: xml,
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  const retryAfter = Number(response.headers.get("retry-after"));
  return {
    status: response.status,
    body: await response.text(),
    ...(Number.isFinite(retryAfter) && retryAfter > 0
      ? { retryAfterSeconds: Math.min(retryAfter, 3600) }
      : {}),
  };
}

/** The chamber's list of offices taking CWC messages, as codes (with the Senate's names). */
export async function getCwcOffices(
  chamber: CwcChamber,
  endpoint: CwcEndpoint,
  options: { timeoutMs?: number } = {},
): Promise<{ officeCode: string; name: string | null }[]> {
  const response = await fetch(officesUrl(chamber, endpoint), {
    headers: { accept: "application/json" },
    signal: AbortSignal.timeout(options.timeoutMs ?? 15_000),
  });
  if (!response.ok) throw new Error(`the ${chamber}'s office list answered HTTP ${response.status}`);
  const data: unknown = await response.json();
  if (!Array.isArray(data)) throw new Error(`the ${chamber}'s office list is not a JSON array`);
  const offices = data.map((item) => {
    // House: ["HIL07", …]; Senate: [{ "name": "…", "office_code": "SIL02" }, …].
    if (typeof item === "string") return { officeCode: item, name: null };
    const entry = item as { office_code?: unknown; name?: unknown } | null;
    return {
      officeCode: typeof entry?.office_code === "string" ? entry.office_code : "",
      name: typeof entry?.name === "string" ? entry.name : null,
    };
  });
  return offices;
}
