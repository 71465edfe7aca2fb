import { ActivityForm } from "@/features/activities/components/activity-form";
import { ProcessAdminFrame, loadAdminProcess } from "@/features/processes/components/admin/process-admin-page";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const process = await loadAdminProcess((await params).id, "aktiviteter");
  return (
    <ProcessAdminFrame process={process} section="aktiviteter">
      <ActivityForm process={process} />
    </ProcessAdminFrame>
  );
}
