import { ImportPage } from "@/features/inputs/transfer/components/import-page";
import { requirePermission } from "@/lib/session";

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  const query = await searchParams;
  await requirePermission("input.import", "/admin/innspill/import");
  return <ImportPage processId={typeof query.prosess === "string" ? query.prosess : undefined} />;
}
