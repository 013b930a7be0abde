import { exportMyData } from "@/lib/accounts/privacy";
import { getSessionUser } from "@/lib/auth";
import { isFreshSignIn } from "@/lib/auth/freshness";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors";
import { errorResponse } from "@/lib/http";
import { errorText } from "@/lib/i18n/errors";

export const dynamic = "force-dynamic";

const MEDIA_TYPE = "application/json";
const DISPOSITION = "attachment";

/** The signed-in person's own data as a JSON download (never cached). */
export async function GET() {
  const user = await getSessionUser();
  if (!user) return errorResponse(new AppError("UNAUTHORIZED", errorText.common.signDownloadData), "export");
  // Not signed in just now: the privacy page offers a new sign-in link (exportMyData refuses too).
  if (!isFreshSignIn(user))
    return Response.redirect(new URL("/account/privacy#fresh-heading", env.appUrl), 303);
  try {
    const data = await exportMyData(user);
    return new Response(`${JSON.stringify(data, null, 2)}\n`, {
      headers: {
        "Content-Type": `${MEDIA_TYPE}; charset=utf-8`,
        "Content-Disposition": `${DISPOSITION}; filename="chorus-my-data-${new Date().toISOString().slice(0, 10)}.json"`,
        "Cache-Control": "private, no-store",
      },
    });
  } catch (error) {
    return errorResponse(error, "export my data");
  }
}
