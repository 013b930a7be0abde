/**
 * A version number for the officials data held in this process's memory. An import in this process bumps it;
 * other processes notice a refresh within the lookup cache's lifetime (lib/officials/lookup.ts).
 */
let version = 0;

export function invalidateOfficialsCache(): void {
  version++;
}

export function officialsCacheVersion(): number {
  return version;
}
