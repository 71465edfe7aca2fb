import { queryPage, titleFrom } from "@/components/route-page";
import { TriageQueuePage } from "@/features/knowledge/triage/components/triage-queue-page";

export const generateMetadata = titleFrom("knowledge");

export default queryPage("input.triage", "/admin/kunnskapsbase", TriageQueuePage);
