import PledgeReminderEmail, { type PledgeReminderEmailProps } from "../pledge-reminder";
import { previews } from "./props";

/** React Email's preview of PledgeReminderEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: PledgeReminderEmailProps) {
  return <PledgeReminderEmail {...props} />;
}

Preview.PreviewProps = previews["pledge-reminder"];
