import WelcomeEmail, { type WelcomeEmailProps } from "../welcome";
import { previews } from "./props";

/** React Email's preview of WelcomeEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: WelcomeEmailProps) {
  return <WelcomeEmail {...props} />;
}

Preview.PreviewProps = previews.welcome;
