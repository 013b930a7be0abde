import LetterAlreadySentEmail, { type LetterAlreadySentEmailProps } from "../letter-already-sent";
import { previews } from "./props";

/** React Email's preview of LetterAlreadySentEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: LetterAlreadySentEmailProps) {
  return <LetterAlreadySentEmail {...props} />;
}

Preview.PreviewProps = previews["letter-already-sent"];
