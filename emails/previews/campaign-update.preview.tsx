import CampaignUpdateEmail, { type CampaignUpdateEmailProps } from "../campaign-update";
import { previews } from "./props";

/** React Email's preview of CampaignUpdateEmail with its sample props (`npx react-email dev --dir emails/previews`). */
export default function Preview(props: CampaignUpdateEmailProps) {
  return <CampaignUpdateEmail {...props} />;
}

Preview.PreviewProps = previews["campaign-update"];
