/**
 * Who is the client? (issue 19, item 2) Every per-network limit keys on the answer, so it must not be whatever the
 * client wrote in X-Forwarded-For.
 *
 * `TRUSTED_PROXIES` (lib/env.ts) says which peers may speak for a client:
 * - unset (or `0`, `none`): nobody. The socket's own address is the client, and X-Forwarded-For is ignored.
 * - a hop count `N`: N proxies stand in front of Chorus; the client is the entry N from the right of
 *   X-Forwarded-For (the rightmost is the one the nearest proxy appended).
 * - CIDRs (`10.0.0.0/8, 2001:db8::/32, 192.0.2.7`): the header is read only when the socket's peer is in one of
 *   them, walking the list from the right and skipping the addresses that are; the first other one is the client.
 *
 * `npm start`'s launcher (edge/launcher.ts) knows the socket: it applies this to every request and hands
 * its inner Next server an X-Forwarded-For of exactly one entry, the client. Applied again inside (clientIp), a
 * one-entry list gives the same address under every setting. Plain `next start` (and `next dev`) do not show the
 * socket to the app: Next fills X-Forwarded-For from the socket only when the request carries none, so there the
 * rightmost entry stands for the peer, and a client that reaches `next start` directly can choose it. Production
 * runs `npm start`, or `next start` only behind proxies that set the header, named in TRUSTED_PROXIES (README).
 */
import { BlockList, isIP } from "node:net";

export type TrustedProxies =
  | { kind: "none" }
  | { kind: "hops"; hops: number }
  | { kind: "cidrs"; cidrs: string[]; list: BlockList };

export const NO_TRUSTED_PROXIES: TrustedProxies = { kind: "none" };

const MAX_HOPS = 20;

/** An address as written in a header or by a socket: `[::1]:80`, `1.2.3.4:5`, `::ffff:1.2.3.4` → plain; else null. */
export function normalizeAddress(value: string | null | undefined): string | null {
  let address = value?.trim() ?? "";
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(address);
  if (bracketed?.[1]) address = bracketed[1];
  else if (/^\d{1,3}(?:\.\d{1,3}){3}:\d+$/.test(address))
    address = address.slice(0, address.lastIndexOf(":"));
  address = address.toLowerCase().replace(/%.*$/, "");
  const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (mapped?.[1]) address = mapped[1];
  return isIP(address) ? address : null;
}

/**
 * Parses TRUSTED_PROXIES. Throws an Error whose message says what is wrong and what is expected (lib/env.ts
 * shows it when Chorus refuses to start).
 */
export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "" || text === "0" || text.toLowerCase() === "none") return NO_TRUSTED_PROXIES;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > MAX_HOPS) throw new Error(`a hop count is at most ${MAX_HOPS} (got ${text})`);
    return { kind: "hops", hops };
  }
  const list = new BlockList();
  const cidrs: string[] = [];
  for (const item of text.split(",").map((part) => part.trim())) {
    if (!item) continue;
    const [rawAddress, rawPrefix, ...rest] = item.split("/");
    const address = normalizeAddress(rawAddress);
    const family = address ? isIP(address) : 0;
    const max = family === 6 ? 128 : 32;
    const prefix = rawPrefix === undefined ? max : /^\d{1,3}$/.test(rawPrefix) ? Number(rawPrefix) : -1;
    if (!address || rest.length > 0 || prefix < 0 || prefix > max) {
      throw new Error(
        `"${item}" is not an IPv4 or IPv6 address or CIDR range: use a hop count (like 1) or a comma-separated list such as 10.0.0.0/8, 2001:db8::/32, 192.0.2.7`,
      );
    }
    list.addSubnet(address, prefix, family === 6 ? "ipv6" : "ipv4");
    cidrs.push(`${address}/${prefix}`);
  }
  if (cidrs.length === 0) throw new Error("give a hop count (like 1) or a list of CIDR ranges");
  return { kind: "cidrs", cidrs, list };
}

function isTrusted(trusted: TrustedProxies & { kind: "cidrs" }, address: string | null): boolean {
  if (!address) return false;
  return trusted.list.check(address, isIP(address) === 6 ? "ipv6" : "ipv4");
}

function entriesOf(forwardedFor: string | null | undefined): string[] {
  return (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
}

/** An entry as a limit's subject: its address when it is one, else its text (bounded), so it still counts. */
function subjectOf(entry: string): string {
  return normalizeAddress(entry) ?? entry.slice(0, 64);
}

/**
 * The client from an X-Forwarded-For whose rightmost entry stands for the peer (what the app sees behind
 * `npm start`, which sends exactly one entry, or behind `next start`). Null when there is no entry.
 */
export function clientFromForwarded(
  forwardedFor: string | null | undefined,
  trusted: TrustedProxies,
): string | null {
  const entries = entriesOf(forwardedFor);
  if (entries.length === 0) return null;
  let chosen: string;
  if (trusted.kind === "hops") {
    chosen = entries[Math.max(0, entries.length - Math.max(1, trusted.hops))] as string;
  } else if (trusted.kind === "cidrs") {
    chosen = entries[0] as string;
    for (let i = entries.length - 1; i >= 0; i--) {
      const entry = entries[i] as string;
      if (!isTrusted(trusted, normalizeAddress(entry))) {
        chosen = entry;
        break;
      }
    }
  } else {
    chosen = entries.at(-1) as string;
  }
  return subjectOf(chosen);
}

/**
 * The client of a connection whose peer (the socket's address) is known, as the launcher sees it: the peer
 * itself unless it is a trusted proxy, in which case X-Forwarded-For says who it spoke for.
 */
export function clientOfPeer(
  peer: string | null | undefined,
  forwardedFor: string | null | undefined,
  trusted: TrustedProxies,
): string | null {
  const address = normalizeAddress(peer) ?? peer ?? null;
  if (trusted.kind === "none") return address;
  if (trusted.kind === "cidrs" && !isTrusted(trusted, normalizeAddress(peer))) return address;
  return clientFromForwarded(forwardedFor, trusted) ?? address;
}
