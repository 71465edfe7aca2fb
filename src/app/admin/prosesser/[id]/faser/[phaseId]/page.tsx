import { PhaseForm } from "@/features/processes/components/admin/phase-form";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { pageNotFound } from "@/lib/missing-pages";

type Props = { params: Promise<{ id: string; phaseId: string }> };

export default async function Page({ params }: Props) {
  const { id, phaseId } = await params;
  const process = await loadAdminProcess(id, "faser", phaseId);
  const phase = process.phases.find((p) => p.id === phaseId);
  if (!phase) pageNotFound();
  return (
    <ProcessAdminFrame process={process} section="faser" lead={phase.title}>
      <PhaseForm processId={process.id} phase={phase} />
    </ProcessAdminFrame>
  );
}
