import ConfirmLetterEmail, { type ConfirmLetterEmailProps } from "../confirm-letter";
import { previews } from "./props";

/** React Email's preview of ConfirmLetterEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: ConfirmLetterEmailProps) {
  return <ConfirmLetterEmail {...props} />;
}

Preview.PreviewProps = previews["confirm-letter"];
