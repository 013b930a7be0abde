/**
 * Data-layer measurements (run by bench/run.ts with --conditions=react-server, because these modules are
 * server-only): the in-process ZIP lookup and letter submission, on PostgreSQL. Prints one JSON line.
 */
import { getDb } from "@/db/client";
import { users } from "@/db/schema";
import { submitLetter } from "@/lib/letters/submit";
import { findOfficialsByZip } from "@/lib/officials/lookup";
import { percentile } from "./db";

const zips = [
  "60062",
  "60623",
  "82001",
  "02861",
  "20001",
  "00802",
  "96910",
  "94541",
  "10001",
  "30303",
  "78701",
  "98101",
];

async function lookupBench() {
  for (let i = 0; i < 200; i++) await findOfficialsByZip(zips[i % zips.length] ?? "60623"); // warm-up (all real ZIPs)
  const times: number[] = [];
  for (let i = 0; i < 3000; i++) {
    const start = performance.now();
    await findOfficialsByZip(zips[i % zips.length] ?? "60623").catch(() => undefined);
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { samples: times.length, p50Ms: percentile(times, 50), p99Ms: percentile(times, 99) };
}

async function submitBench(total: number, concurrency: number) {
  const people = await getDb()
    .insert(users)
    .values(
      Array.from({ length: total }, (_, i) => ({
        email: `bench-${Date.now()}-${i}@example.org`,
        name: "Bench",
      })),
    )
    .returning({ id: users.id, email: users.email });
  const times: number[] = [];
  let errors = 0;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      for (;;) {
        const person = people[next++];
        if (!person) return;
        const start = performance.now();
        try {
          const result = await submitLetter(
            { id: person.id, email: person.email, name: "Bench" },
            {
              campaign: "demo",
              zip: "60623",
              district: "IL-7",
              firstName: "Bench",
              lastName: "Writer",
              city: "Chicago",
              parts: { story: `I am supporter ${person.id}.` },
            },
          );
          if (result.status !== "sent") errors++;
        } catch {
          errors++;
        }
        times.push(performance.now() - start);
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return {
    letters: total,
    concurrency,
    seconds,
    perSecond: total / seconds,
    p50Ms: percentile(times, 50),
    p99Ms: percentile(times, 99),
    errors,
  };
}

const lookup = await lookupBench();
const submit = await submitBench(2000, 50);
console.log(JSON.stringify({ lookup, submit }));
process.exit(0);
