import type { Locale } from "@/lib/i18n/locale";
import type { ResponseRate } from "@/lib/letters/replies";
import type { OfficialSummary } from "@/lib/officials/present";
import { OfficialCard } from "./official-card";

/** Officials as a grid of cards; `rates` (by official id) adds each one's response rate when known. */
export function OfficialList({
  officials,
  today,
  rates,
  locale,
}: {
  officials: OfficialSummary[];
  today: string;
  rates?: ReadonlyMap<string, ResponseRate>;
  locale: Locale;
}) {
  return (
    <ul className="grid gap-4 sm:grid-cols-2">
      {officials.map((official) => (
        <li key={official.id}>
          <OfficialCard
            official={official}
            today={today}
            responseRate={rates?.get(official.id)}
            locale={locale}
          />
        </li>
      ))}
    </ul>
  );
}
