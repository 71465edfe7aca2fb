import { titleFrom } from "@/components/route-page";
import { MethodComparisonPage } from "@/features/group-leader/components/method-comparison-page";
import { methodFilterSchema } from "@/features/group-leader/methods/filters";
import { HOME_BY_ROLE } from "@/lib/permissions";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("groupLeader.methods");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The method comparison: group leaders, administrators and politicians (the council). */
export default async function Page({ searchParams }: Props) {
  const user = await requirePermission("methods.compare", "/gruppeleder/metoder");
  const filter = methodFilterSchema.parse(await searchParams);
  return <MethodComparisonPage filter={filter} backHref={HOME_BY_ROLE[user.role]} />;
}
