import { errorResponse, invalidInput, PUBLIC_CACHE } from "@/lib/http";
import { errorText } from "@/lib/i18n/errors";
import { findOfficialById } from "@/lib/officials/lookup";

export const dynamic = "force-dynamic";

// A catch-all, because Open States ids contain a slash: /api/officials/ocd-person/<uuid>.
/** Segments may arrive still encoded ("ocd-person%2F…"); a stray "%" must be a 400, not a crash. */
function safeDecode(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

type Props = { params: Promise<{ id: string[] }> };

export async function GET(request: Request, { params }: Props) {
  const id = (await params).id.map(safeDecode).join("/");
  if (id.length > 100 || !/^[\w/-]+$/.test(id))
    return invalidInput(errorText.officials.notOfficialsId, request);
  try {
    const official = await findOfficialById(id);
    return Response.json(official, { headers: { "Cache-Control": PUBLIC_CACHE } });
  } catch (error) {
    return errorResponse(error, `official ${id}`, request);
  }
}
