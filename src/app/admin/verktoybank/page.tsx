import { queryPage, titleFrom } from "@/components/route-page";
import { MethodListPage } from "@/features/methods/components/method-list-page";

export const generateMetadata = titleFrom("methods");

export default queryPage("area.admin", "/admin/verktoybank", MethodListPage);
