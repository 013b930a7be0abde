import ReplyCheckEmail, { type ReplyCheckEmailProps } from "../reply-check";
import { previews } from "./props";

/** React Email's preview of ReplyCheckEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: ReplyCheckEmailProps) {
  return <ReplyCheckEmail {...props} />;
}

Preview.PreviewProps = previews["reply-check"];
