import { getSessionUser } from "@/lib/auth";
import { errorResponse, invalidInput, requestLocale } from "@/lib/http";
import { describeError, errorText } from "@/lib/i18n/errors";
import { isExportKind, startCampaignExport } from "@/lib/organize/exports";

type Params = { params: Promise<{ org: string; id: string; kind: string }> };

/**
 * A campaign's data as a file, streamed as it is read: letters, deliveries, pledges or supporters (CSV), or
 * everything as OSDI JSON. Who may take which file, and the audit record, are the data layer's.
 */
export async function GET(request: Request, { params }: Params): Promise<Response> {
  const { org, id, kind } = await params;
  if (!isExportKind(kind))
    return invalidInput(errorText.organize.chooseLettersDeliveriesPledgesSupporters, request);
  const user = await getSessionUser();
  if (!user) {
    return Response.json(
      {
        error: {
          code: "UNAUTHORIZED",
          message: describeError(errorText.organize.signDownloadFile, await requestLocale(request, null)),
        },
      },
      { status: 401, headers: { "Cache-Control": "no-store" } },
    );
  }
  try {
    const file = await startCampaignExport(user, id, kind, { organizationSlug: org });
    return new Response(file.body, {
      headers: {
        "Content-Type": file.contentType,
        "Content-Disposition": ["attachment", `filename="${file.filename}"`].join("; "),
        "Cache-Control": "private, no-store",
        "X-Content-Type-Options": "nosniff",
      },
    });
  } catch (error) {
    return errorResponse(error, `campaign export ${kind}`, request);
  }
}
