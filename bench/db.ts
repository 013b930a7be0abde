/** The bench database: DATABASE_URL when it names PostgreSQL, else a fresh `chorus_bench` on the local server. */
import postgres from "postgres";

export async function prepareBenchDatabase(): Promise<string> {
  const given = process.env.DATABASE_URL;
  if (given?.startsWith("postgres")) return given;
  const admin = postgres("postgres://postgres@127.0.0.1:5432/postgres", { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe("drop database if exists chorus_bench with (force)");
    await admin.unsafe("create database chorus_bench");
  } finally {
    await admin.end();
  }
  return "postgres://postgres@127.0.0.1:5432/chorus_bench";
}

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  const index = Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? 0;
}
