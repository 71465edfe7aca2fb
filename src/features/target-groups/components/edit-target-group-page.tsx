// /admin/prosesser/[id]/malgrupper/[groupId]: edit a group, or delete it when nothing uses it.
import { getTranslations } from "next-intl/server";
import { Alert, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import type { ProcessHeader } from "@/features/processes/admin-queries";
import { ProcessAdminNav } from "@/features/processes/components/process-admin-nav";
import { listAudiences, type TargetGroupRow } from "../queries";
import { DeleteTargetGroupForm } from "./delete-target-group-form";
import { TargetGroupForm } from "./target-group-form";

export async function EditTargetGroupPage({ process, group }: { process: ProcessHeader; group: TargetGroupRow }) {
  const [t, audiences] = await Promise.all([getTranslations("targetGroups"), listAudiences()]);
  const editable = process.status !== "ARCHIVED";
  const { activities, inputs, evaluations } = group._count;
  const inUse = activities + inputs + evaluations > 0;
  return (
    <>
      <ProcessAdminNav process={process} current="malgrupper" />
      <p className="mb-4">
        <TextLink href={`/admin/prosesser/${process.id}/malgrupper`}>{t("edit.back")}</TextLink>
      </p>
      <PageHeading title={t("edit.heading", { name: group.name })} />
      {!editable ? (
        <>
          <Alert data-color="info" className="mb-6">
            {t("archived")}
          </Alert>
          {group.description && <Paragraph>{group.description}</Paragraph>}
        </>
      ) : (
        <>
          <section aria-label={t("edit.title")} className="mb-12">
            <TargetGroupForm
              processId={process.id}
              audiences={audiences.map((a) => ({ value: a.id, label: a.name }))}
              group={{ ...group, audienceId: group.audience?.id ?? null }}
            />
          </section>
          <Section id="slett" heading={t("edit.deleteHeading")} headingClassName="mb-2">
            <Paragraph className="mb-4">{inUse ? t("edit.usage", { activities, inputs, evaluations }) : t("edit.unused")}</Paragraph>
            <DeleteTargetGroupForm processId={process.id} group={group} />
          </Section>
        </>
      )}
    </>
  );
}
