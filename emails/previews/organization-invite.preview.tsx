import OrganizationInviteEmail, { type OrganizationInviteEmailProps } from "../organization-invite";
import { previews } from "./props";

/** React Email's preview of OrganizationInviteEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: OrganizationInviteEmailProps) {
  return <OrganizationInviteEmail {...props} />;
}

Preview.PreviewProps = previews["organization-invite"];
