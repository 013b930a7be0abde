import LetterEmail, { type LetterEmailProps } from "../letter";
import { previews } from "./props";

/** React Email's preview of LetterEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: LetterEmailProps) {
  return <LetterEmail {...props} />;
}

Preview.PreviewProps = previews.letter;
