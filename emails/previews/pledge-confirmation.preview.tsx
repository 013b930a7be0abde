import PledgeConfirmationEmail, { type PledgeConfirmationEmailProps } from "../pledge-confirmation";
import { previews } from "./props";

/** React Email's preview of PledgeConfirmationEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: PledgeConfirmationEmailProps) {
  return <PledgeConfirmationEmail {...props} />;
}

Preview.PreviewProps = previews["pledge-confirmation"];
