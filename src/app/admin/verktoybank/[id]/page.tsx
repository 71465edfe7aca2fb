import { titleFrom } from "@/components/route-page";
import { MethodEditPage } from "@/features/methods/components/method-edit-page";
import { getMethod } from "@/features/methods/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

// The title does not name the method: metadata may be resolved before the access check.
export const generateMetadata = titleFrom("methods.update");

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const { id } = await params;
  await requirePermission("area.admin", `/admin/verktoybank/${encodeURIComponent(id)}`);
  const method = await getMethod(id);
  if (!method) pageNotFound();
  return <MethodEditPage method={method} saved={(await searchParams).lagret === "1"} />;
}
