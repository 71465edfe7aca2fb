import { RetentionPanel } from "@/features/privacy/components/retention-panel";
import { loadAdminProcess, ProcessAdminFrame } from "@/features/processes/components/admin/process-admin-page";
import { PublishPanel } from "@/features/processes/components/admin/publish-panel";

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const process = await loadAdminProcess((await params).id, "publisering");
  return (
    <ProcessAdminFrame process={process} section="publisering">
      <PublishPanel process={process} />
      <div className="mt-12">
        <RetentionPanel processId={process.id} editable={process.status !== "ARCHIVED"} />
      </div>
    </ProcessAdminFrame>
  );
}
