"use client";

import { useMessages } from "@/lib/i18n/client";
import { HONEYPOT_FIELD, STAMP_FIELD } from "@/lib/security/form-fields";
import { supporterWords } from "./supporter.messages";

/**
 * The hidden part of a public form: the signed stamp (made on the server: pass `formStamp()` down) and a
 * honeypot field that people never meet (hidden from sight, from screen readers and from the Tab key).
 */
export function FormGuardFields({ stamp }: { stamp: string }) {
  const t = useMessages(supporterWords);
  return (
    <>
      <input type="hidden" name={STAMP_FIELD} value={stamp} />
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label>
          {t.honeypot}
          <input type="text" name={HONEYPOT_FIELD} tabIndex={-1} autoComplete="off" defaultValue="" />
        </label>
      </div>
    </>
  );
}
