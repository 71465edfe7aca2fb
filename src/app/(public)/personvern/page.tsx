import { titleFrom } from "@/components/route-page";
import { LegalPage } from "@/features/legal";

export const generateMetadata = titleFrom("legal.privacy");

export default function Page() {
  return <LegalPage doc="privacy" />;
}
