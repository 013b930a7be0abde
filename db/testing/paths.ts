import path from "node:path";

export const PGLITE_DUMP = path.resolve(".data/test/migrated.tar.gz");
