import { getSessionUser } from "@/lib/auth";
import { exportRosterCsv } from "@/lib/groups/dashboard";
import { errorResponse } from "@/lib/http";

/** The roster as a spreadsheet file: members of the group only (anyone else: 404, as for a missing group). */
export async function GET(
  _request: Request,
  { params }: { params: Promise<{ slug: string; optionId: string }> },
): Promise<Response> {
  const { slug, optionId } = await params;
  const user = await getSessionUser();
  if (!user) {
    return Response.json(
      { error: { code: "UNAUTHORIZED", message: "Please sign in to download the list." } },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  try {
    const { filename, csv } = await exportRosterCsv(user, slug, optionId);
    // A byte-order mark so spreadsheet apps read names with accents as UTF-8.
    return new Response(`\uFEFF${csv}`, {
      headers: {
        "Content-Type": "text/csv; charset=utf-8",
        "Content-Disposition": `attachment; filename="${filename}"`,
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, "roster csv");
  }
}
