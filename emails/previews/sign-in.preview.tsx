import SignInEmail, { type SignInEmailProps } from "../sign-in";
import { previews } from "./props";

/** React Email's preview of SignInEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: SignInEmailProps) {
  return <SignInEmail {...props} />;
}

Preview.PreviewProps = previews["sign-in"];
