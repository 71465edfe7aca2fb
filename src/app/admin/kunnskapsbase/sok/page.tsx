import { queryPage, titleFrom } from "@/components/route-page";
import { SearchPage } from "@/features/knowledge/search/components/search-page";

export const generateMetadata = titleFrom("knowledgeSearch");

export default queryPage("input.triage", "/admin/kunnskapsbase/sok", SearchPage);
