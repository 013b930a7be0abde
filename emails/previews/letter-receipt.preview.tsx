import LetterReceiptEmail, { type LetterReceiptEmailProps } from "../letter-receipt";
import { previews } from "./props";

/** React Email's preview of LetterReceiptEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: LetterReceiptEmailProps) {
  return <LetterReceiptEmail {...props} />;
}

Preview.PreviewProps = previews["letter-receipt"];
