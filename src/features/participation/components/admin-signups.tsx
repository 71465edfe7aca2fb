// The administration's view of one activity's sign-ups: the confirmed list and the waitlist
// in queue order, remove (promotes), add a politician, and the CSV and XLSX exports.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { DataTable } from "@/components/data-table";
import { Alert, Paragraph } from "@/components/ds";
import { SelectField } from "@/components/form-fields";
import { ListSection } from "@/components/list-section";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { addSignupAction, removeSignupAction } from "../actions";
import type { ActivitySignups, signupCandidates } from "../admin-queries";

type Props = {
  processId: string;
  activity: ActivitySignups;
  candidates: Awaited<ReturnType<typeof signupCandidates>>;
  notice: { added?: "CONFIRMED" | "WAITLISTED"; removedPromoted?: number };
};

export async function AdminSignups({ processId, activity, candidates, notice }: Props) {
  const [t, tx, fmtDate] = await Promise.all([getTranslations("signups.admin"), getTranslations("accounts.signupExport"), getDateFormat()]);
  const base = `/admin/prosesser/${processId}/aktiviteter/${activity.id}`;
  const when = (d: Date) => fmtDate(d, "dateTimeMedium");
  const hidden = (userId: string) => (
    <>
      <input type="hidden" name="processId" value={processId} />
      <input type="hidden" name="activityId" value={activity.id} />
      <input type="hidden" name="userId" value={userId} />
    </>
  );
  const table = (rows: ActivitySignups["confirmed"], label: string) => (
    <DataTable
      label={t("table", { list: label })}
      columns={[t("colPosition"), t("colName"), t("colParty"), t("colQueued"), t("colAction")]}
      rows={rows.map((s, i) => ({ s, position: i + 1 }))}
      rowKey={({ s }) => s.id}
      cells={({ s, position }) => [
        position,
        s.user.name,
        s.user.party?.shortName ?? "",
        when(s.queuedAt),
        <ActionForm
          key="remove"
          action={removeSignupAction}
          submitLabel={t("remove", { name: s.user.name })}
          submitVariant="secondary"
          className="space-y-2"
          idPrefix={`fjern-${s.id}`}
        >
          {hidden(s.user.id)}
        </ActionForm>,
      ]}
    />
  );
  return (
    <div className="space-y-8">
      {notice.added && <Alert data-color="success">{t(`notice.${notice.added}`)}</Alert>}
      {notice.removedPromoted !== undefined && <Alert data-color="success">{t("notice.removed", { promoted: notice.removedPromoted })}</Alert>}
      <div className="flex flex-wrap gap-6">
        <TextLink href={base}>{t("back")}</TextLink>
        <TextLink href={`${base}/pameldinger/eksport`} download>
          {t("export")}
        </TextLink>
        <TextLink href={`${base}/pameldinger/eksport?format=xlsx`} download>
          {tx("xlsx")}
        </TextLink>
      </div>
      <Section id="pameldte" heading={t("confirmed")} className="space-y-3">
        <Paragraph>{t("confirmedCount", { count: activity.confirmed.length, total: activity.politicianCapacity })}</Paragraph>
        {activity.confirmed.length === 0 ? <Paragraph>{t("confirmedEmpty")}</Paragraph> : table(activity.confirmed, t("confirmed"))}
      </Section>
      <Section id="venteliste" heading={t("waitlist")} className="space-y-3">
        {activity.waitlist.length === 0 ? <Paragraph>{t("waitlistEmpty")}</Paragraph> : table(activity.waitlist, t("waitlist"))}
      </Section>
      <ListSection id="meld-pa" heading={t("add")} className="space-y-3" empty={candidates.length === 0} emptyText={t("noCandidates")}>
        <ActionForm action={addSignupAction} submitLabel={t("addSubmit")} idPrefix="meld-pa">
          <input type="hidden" name="processId" value={processId} />
          <input type="hidden" name="activityId" value={activity.id} />
          <SelectField
            name="userId"
            label={t("politician")}
            description={t("addHelp")}
            emptyLabel={t("choosePolitician")}
            options={candidates.map((c) => ({ value: c.id, label: c.party ? `${c.name} (${c.party.shortName})` : c.name }))}
          />
        </ActionForm>
      </ListSection>
    </div>
  );
}
