import ShiftChangeEmail, { type ShiftChangeEmailProps } from "../shift-change";
import { previews } from "./props";

/** React Email's preview of ShiftChangeEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: ShiftChangeEmailProps) {
  return <ShiftChangeEmail {...props} />;
}

Preview.PreviewProps = previews["shift-change"];
