import { FormList } from "@/features/forms/components/builder/form-list";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const process = await loadAdminProcess((await params).id, "skjema");
  return (
    <ProcessAdminFrame process={process} section="skjema">
      <FormList processId={process.id} />
    </ProcessAdminFrame>
  );
}
