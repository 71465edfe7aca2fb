import { titleFrom } from "@/components/route-page";
import { LegalPage } from "@/features/legal";

export const generateMetadata = titleFrom("legal.accessibility");

export default function Page() {
  return <LegalPage doc="accessibility" />;
}
