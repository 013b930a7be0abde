/** A sign-in link lives ten minutes and works once (Auth.js deletes the token when it is used). */
export const MAGIC_LINK_MINUTES = 10;
