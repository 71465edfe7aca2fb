import { queryPage, titleFrom } from "@/components/route-page";
import { InboxPage } from "@/features/inputs/inbox/components/inbox-page";

export const generateMetadata = titleFrom("inbox");

export default queryPage("input.triage", "/admin/innspill", InboxPage);
