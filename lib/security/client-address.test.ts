import { describe, expect, it } from "vitest";
import {
  clientFromForwarded,
  clientOfPeer,
  NO_TRUSTED_PROXIES,
  normalizeAddress,
  parseTrustedProxies,
} from "./client-address";

describe("parseTrustedProxies", () => {
  it("reads nothing, a hop count, or a list of IPv4 and IPv6 ranges", () => {
    for (const none of [undefined, "", " ", "0", "none"])
      expect(parseTrustedProxies(none)).toEqual(NO_TRUSTED_PROXIES);
    expect(parseTrustedProxies("2")).toEqual({ kind: "hops", hops: 2 });
    const cidrs = parseTrustedProxies("10.0.0.0/8, 2001:DB8::/32,192.0.2.7,::1");
    expect(cidrs.kind === "cidrs" && cidrs.cidrs).toEqual([
      "10.0.0.0/8",
      "2001:db8::/32",
      "192.0.2.7/32",
      "::1/128",
    ]);
  });

  it.each([
    ["a name", "proxy.internal"],
    ["a prefix too long", "10.0.0.0/33"],
    ["an IPv6 prefix too long", "2001:db8::/129"],
    ["a range with two slashes", "10.0.0.0/8/9"],
    ["a bad address in a list", "10.0.0.0/8, 300.1.1.1"],
    ["too many hops", "21"],
    ["only commas", ",,"],
  ])("refuses %s with a clear message", (_what, value) => {
    expect(() => parseTrustedProxies(value)).toThrow(/hop count|CIDR|IPv4/);
  });
});

describe("normalizeAddress", () => {
  it("reads addresses as sockets and proxies write them", () => {
    expect(normalizeAddress("::ffff:192.0.2.1")).toBe("192.0.2.1");
    expect(normalizeAddress("[2001:db8::1]:443")).toBe("2001:db8::1");
    expect(normalizeAddress("192.0.2.1:5555")).toBe("192.0.2.1");
    expect(normalizeAddress(" 2001:DB8::1 ")).toBe("2001:db8::1");
    expect(normalizeAddress("unknown")).toBeNull();
  });
});

describe("the client of a connection (the launcher, which sees the socket)", () => {
  const rotating = ["203.0.113.1", "203.0.113.2", "1.2.3.4, 203.0.113.3", undefined];

  it("without trusted proxies, is the socket's address whatever X-Forwarded-For says", () => {
    for (const forwarded of rotating) {
      expect(clientOfPeer("::ffff:198.51.100.9", forwarded, NO_TRUSTED_PROXIES)).toBe("198.51.100.9");
    }
  });

  it("with a hop count, takes the entry that many hops from the right", () => {
    const one = parseTrustedProxies("1");
    const two = parseTrustedProxies("2");
    expect(clientOfPeer("10.0.0.2", "6.6.6.6, 198.51.100.9", one)).toBe("198.51.100.9");
    expect(clientOfPeer("10.0.0.2", "6.6.6.6, 198.51.100.9, 10.0.0.1", two)).toBe("198.51.100.9");
    // Fewer entries than hops: the leftmost, which a trusted proxy wrote.
    expect(clientOfPeer("10.0.0.2", "198.51.100.9", two)).toBe("198.51.100.9");
    // No header at all: the peer.
    expect(clientOfPeer("10.0.0.2", undefined, one)).toBe("10.0.0.2");
  });

  it("with CIDRs, reads the header only from a trusted peer, skipping trusted addresses from the right", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8, fd00::/8");
    expect(clientOfPeer("10.1.2.3", "6.6.6.6, 198.51.100.9, 10.0.0.7", trusted)).toBe("198.51.100.9");
    expect(clientOfPeer("fd00::5", "6.6.6.6, 2001:db8::9, fd00::1", trusted)).toBe("2001:db8::9");
    // An untrusted peer speaks for nobody.
    for (const forwarded of rotating)
      expect(clientOfPeer("198.51.100.9", forwarded, trusted)).toBe("198.51.100.9");
    // Every entry trusted: the leftmost.
    expect(clientOfPeer("10.1.2.3", "10.0.0.9, 10.0.0.7", trusted)).toBe("10.0.0.9");
  });

  it("gives one bucket to a client that rotates what it puts left of its proxy's entry", () => {
    const trusted = parseTrustedProxies("10.0.0.0/8");
    const seen = new Set(
      ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"].map((forged) =>
        clientOfPeer("10.0.0.1", `${forged}, 198.51.100.9`, trusted),
      ),
    );
    expect([...seen]).toEqual(["198.51.100.9"]);
  });
});

describe("the client from X-Forwarded-For (inside Next)", () => {
  it("gives back the launcher's one entry under every setting", () => {
    for (const setting of [undefined, "1", "3", "10.0.0.0/8", "198.51.100.0/24"]) {
      expect(clientFromForwarded("198.51.100.9", parseTrustedProxies(setting))).toBe("198.51.100.9");
    }
  });

  it("behind next start, reads the rightmost entry (the peer) or the hop count's, and null without one", () => {
    expect(clientFromForwarded("6.6.6.6, 192.0.2.7", NO_TRUSTED_PROXIES)).toBe("192.0.2.7");
    expect(clientFromForwarded("6.6.6.6, 192.0.2.7, 10.0.0.1", parseTrustedProxies("2"))).toBe("192.0.2.7");
    expect(clientFromForwarded("6.6.6.6, 192.0.2.7, 10.0.0.1", parseTrustedProxies("10.0.0.0/8"))).toBe(
      "192.0.2.7",
    );
    expect(clientFromForwarded(null, NO_TRUSTED_PROXIES)).toBeNull();
    expect(clientFromForwarded(" , ", NO_TRUSTED_PROXIES)).toBeNull();
  });
});
