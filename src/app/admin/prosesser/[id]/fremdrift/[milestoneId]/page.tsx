import { MilestoneForm } from "@/features/processes/components/admin/milestone-form";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; milestoneId: string }> };

export default async function Page({ params }: Props) {
  const { id, milestoneId } = await params;
  const process = await loadAdminProcess(id, "fremdrift", milestoneId);
  const milestone = process.milestones.find((m) => m.id === milestoneId);
  if (!milestone) pageNotFound();
  return (
    <ProcessAdminFrame process={process} section="fremdrift" lead={milestone.title}>
      <MilestoneForm process={process} milestone={milestone} />
    </ProcessAdminFrame>
  );
}
