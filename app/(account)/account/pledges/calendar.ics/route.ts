import { getSessionUser } from "@/lib/auth";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { errorText } from "@/lib/i18n/errors";
import { getLocale } from "@/lib/i18n/server";
import { myShiftCalendar } from "@/lib/pledges/calendar";

export const dynamic = "force-dynamic";

/** RFC 6047: the content type says the file's METHOD too. */
const MEDIA_TYPE = ["text/calendar", "charset=utf-8", "method=PUBLISH"].join("; ");
const DISPOSITION = "attachment";

/**
 * "Add to calendar" on My pledges: the signed-in volunteer's upcoming shifts (or `?pledge=ID`, one of them) as
 * an .ics file, with the invitation's UID and SEQUENCE so a calendar keeps one event per shift.
 */
export async function GET(request: Request) {
  const user = await getSessionUser();
  if (!user) {
    return errorResponse(new AppError("UNAUTHORIZED", errorText.pledges.signInToSeeShifts), "calendar");
  }
  try {
    const pledgeId = new URL(request.url).searchParams.get("pledge");
    const { ics } = await myShiftCalendar(user, pledgeId, await getLocale());
    const fileName = pledgeId ? "volunteer-shift.ics" : "volunteer-shifts.ics";
    return new Response(ics, {
      headers: {
        "Content-Type": MEDIA_TYPE,
        "Content-Disposition": `${DISPOSITION}; filename="${fileName}"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "calendar");
  }
}
