import { FrameworkForm } from "@/features/processes/components/admin/framework-form";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ params, searchParams }: Props) {
  const [process, query] = await Promise.all([loadAdminProcess((await params).id, "rammer"), searchParams]);
  return (
    <ProcessAdminFrame process={process} section="rammer">
      <FrameworkForm process={process} isNew={query.ny === "1"} focus={query.felt} />
    </ProcessAdminFrame>
  );
}
