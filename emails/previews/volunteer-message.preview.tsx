import VolunteerMessageEmail, { type VolunteerMessageEmailProps } from "../volunteer-message";
import { previews } from "./props";

/** React Email's preview of VolunteerMessageEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: VolunteerMessageEmailProps) {
  return <VolunteerMessageEmail {...props} />;
}

Preview.PreviewProps = previews["volunteer-message"];
