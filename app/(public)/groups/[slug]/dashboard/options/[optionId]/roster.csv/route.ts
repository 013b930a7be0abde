import { getSessionUser } from "@/lib/auth";
import { exportRosterCsv } from "@/lib/groups/dashboard";
import { errorResponse } from "@/lib/http";
import { getLocale } from "@/lib/i18n/server";
import { dashboardWords } from "../../../messages";

const CSV_TYPE = ["text/csv", "charset=utf-8"].join("; ");

/** The roster as a spreadsheet file: members of the group only (anyone else: 404, as for a missing group). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; optionId: string }> },
): Promise<Response> {
  const { slug, optionId } = await params;
  const user = await getSessionUser();
  const locale = await getLocale();
  if (!user) {
    return Response.json(
      { error: { code: "UNAUTHORIZED", message: dashboardWords[locale].signInForList } },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  try {
    const { filename, csv } = await exportRosterCsv(user, slug, optionId, locale);
    // A byte-order mark so spreadsheet apps read names with accents as UTF-8.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": CSV_TYPE,
        "Content-Disposition": ["attachment", `filename="${filename}"`].join("; "),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "roster csv");
  }
}
