/**
 * One mailbox, however its address is spelled. Mail providers deliver `Name+tag@` to `name@`, and Gmail ignores
 * dots in the local part and answers for googlemail.com too, so `n.a.m.e+1@googlemail.com` reaches the same inbox
 * as `name@gmail.com`. Every per-email limit and the one-letter-per-campaign rule key on this form; the address
 * as typed is kept for sending.
 *
 * Not marked server-only: the job worker shares the modules that use it.
 */

const GMAIL_DOMAINS = new Set(["gmail.com", "googlemail.com"]);

/** The canonical form of an email address: lowercase, no `+tag`, and Gmail's dots and second domain folded. */
export function canonicalMailbox(address: string): string {
  const lowered = address.normalize("NFKC").trim().toLowerCase();
  const at = lowered.lastIndexOf("@");
  if (at <= 0 || at === lowered.length - 1) return lowered;
  let local = lowered.slice(0, at);
  let domain = lowered.slice(at + 1).replace(/\.+$/, "");
  const plus = local.indexOf("+");
  if (plus > 0) local = local.slice(0, plus);
  if (GMAIL_DOMAINS.has(domain)) {
    local = local.replaceAll(".", "");
    domain = "gmail.com";
  }
  return local ? `${local}@${domain}` : lowered;
}
