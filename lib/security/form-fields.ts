/** Names of the hidden fields of a guarded form (no imports: client components use them too). */
export const HONEYPOT_FIELD = "website";
export const STAMP_FIELD = "formStamp";
