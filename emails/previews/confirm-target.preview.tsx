import ConfirmTargetEmail, { type ConfirmTargetEmailProps } from "../confirm-target";
import { previews } from "./props";

/** React Email's preview of ConfirmTargetEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: ConfirmTargetEmailProps) {
  return <ConfirmTargetEmail {...props} />;
}

Preview.PreviewProps = previews["confirm-target"];
