import { ImportPreviewPage } from "@/features/inputs/transfer/components/import-preview-page";
import { importPreview } from "@/features/inputs/transfer/queries";
import { pageNotFound } from "@/lib/missing-pages";
import { requirePermission } from "@/lib/session";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [{ id }, query] = await Promise.all([params, searchParams]);
  const user = await requirePermission("input.import", `/admin/innspill/import/${id}`);
  // Someone else's (or an expired) upload is simply not found.
  const data = await importPreview(id, user.id);
  if (!data) pageNotFound();
  const imported = typeof query.importert === "string" && /^\d+$/.test(query.importert) ? Number(query.importert) : undefined;
  return <ImportPreviewPage data={data} imported={imported} />;
}
