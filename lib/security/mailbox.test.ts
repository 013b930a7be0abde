import { describe, expect, it } from "vitest";
import { canonicalMailbox } from "./mailbox";
import { hashForLimit, hitLimit, LIMITS, RateLimitedError } from "./rate-limit";

describe("canonicalMailbox", () => {
  it("folds case, +tags, and Gmail's dots and second domain into one mailbox", () => {
    for (const spelling of [
      "rosaparks@gmail.com",
      "RosaParks@Gmail.com",
      "rosa.parks@gmail.com",
      "r.o.s.a.p.a.r.k.s@gmail.com",
      "rosaparks+1@gmail.com",
      "Rosa.Parks+letters@googlemail.com",
      " rosaparks@gmail.com. ",
    ]) {
      expect(canonicalMailbox(spelling), spelling).toBe("rosaparks@gmail.com");
    }
    expect(canonicalMailbox("Rosa.Parks+2@Example.org")).toBe("rosa.parks@example.org");
  });

  it("keeps other providers' dots, and addresses it cannot split as they are (lowercased)", () => {
    expect(canonicalMailbox("rosa.parks@example.org")).not.toBe(canonicalMailbox("rosaparks@example.org"));
    expect(canonicalMailbox("+tag@example.org")).toBe("+tag@example.org");
    expect(canonicalMailbox("no-at-sign")).toBe("no-at-sign");
  });
});

describe("every per-email limit counts the mailbox", () => {
  const perMailbox = Object.values(LIMITS).filter((limit) => "per" in limit && limit.per === "mailbox");

  it("names the limits on email addresses: letters, notices, sign-in links, pledges", () => {
    expect(perMailbox.map((limit) => limit.name).sort()).toEqual(
      [
        LIMITS.alreadySentNotices.name,
        LIMITS.lettersPerEmail.name,
        LIMITS.pledgesPerUser.name,
        LIMITS.signInPerEmail.name,
      ].sort(),
    );
  });

  it("refuses another spelling of a mailbox that reached its limit", async () => {
    for (const limit of perMailbox) {
      const spellings = Array.from(
        { length: limit.max },
        (_, i) => `pat.lee+${limit.name}${i}@googlemail.com`,
      );
      for (const spelling of spellings) await hitLimit(limit, spelling);
      await expect(hitLimit(limit, "PatLee@gmail.com"), limit.name).rejects.toBeInstanceOf(RateLimitedError);
    }
    expect(hashForLimit("x", canonicalMailbox("Pat.Lee+1@gmail.com"))).toBe(
      hashForLimit("x", "patlee@gmail.com"),
    );
  });
});
