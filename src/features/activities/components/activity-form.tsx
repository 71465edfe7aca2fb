import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ChoiceGroup, SelectField, TextField } from "@/components/form-fields";
import { TextLink } from "@/components/text-link";
import type { AdminProcess } from "@/features/processes/admin-queries";
import { toOsloDateTimeInput } from "@/lib/form-values";
import { saveActivityAction } from "../actions";
import { activityFormOptions, type ActivityForEdit } from "../queries";

export async function ActivityForm({ process, activity }: { process: AdminProcess; activity?: ActivityForEdit }) {
  const [t, ta, options] = await Promise.all([getTranslations("activities"), getTranslations("admin"), activityFormOptions(process.id)]);
  return (
    <ActionForm
      action={saveActivityAction}
      submitLabel={activity ? t("form.save") : t("form.create")}
      secondary={<TextLink href={`/admin/prosesser/${process.id}/aktiviteter`}>{ta("cancel")}</TextLink>}
    >
      <input type="hidden" name="processId" value={process.id} />
      {activity && <input type="hidden" name="activityId" value={activity.id} />}
      <SelectField
        name="methodId"
        label={t("form.method")}
        description={t("form.methodHelp")}
        emptyLabel={t("form.choose")}
        options={options.methods.map((m) => ({ value: m.id, label: m.name }))}
        defaultValue={activity?.methodId}
        required
      />
      <SelectField
        name="phaseId"
        label={t("form.phase")}
        emptyLabel={t("form.noPhase")}
        options={process.phases.map((p) => ({ value: p.id, label: p.title }))}
        defaultValue={activity?.phaseId ?? ""}
      />
      <TextField name="title" label={t("form.title")} defaultValue={activity?.title} required maxLength={200} />
      <TextField
        name="description"
        label={t("form.description")}
        description={t("form.descriptionHelp")}
        defaultValue={activity?.description}
        multiline
        rows={4}
        maxLength={4000}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="startsAt" type="datetime-local" label={t("form.startsAt")} defaultValue={toOsloDateTimeInput(activity?.startsAt)} required />
        <TextField name="endsAt" type="datetime-local" label={t("form.endsAt")} defaultValue={toOsloDateTimeInput(activity?.endsAt)} required />
      </div>
      <TextField name="place" label={t("form.place")} description={t("form.placeHelp")} defaultValue={activity?.place} maxLength={200} />
      <SelectField
        name="districtId"
        label={t("form.district")}
        emptyLabel={t("form.noDistrict")}
        options={options.districts.map((d) => ({ value: d.id, label: d.name }))}
        defaultValue={activity?.districtId ?? ""}
      />
      <ChoiceGroup
        name="isOnline"
        legend={t("form.onlineLegend")}
        multiple
        options={[{ value: "on", label: t("form.isOnline") }]}
        defaultValue={activity?.isOnline ? "on" : undefined}
      />
      <ChoiceGroup
        name="targetGroupIds"
        legend={t("form.targetGroups")}
        description={options.targetGroups.length === 0 ? t("form.noTargetGroups") : undefined}
        multiple
        options={options.targetGroups.map((g) => ({ value: g.id, label: g.name }))}
        defaultValue={activity?.targetGroups.map((g) => g.targetGroupId)}
      />
      <TextField
        name="politicianCapacity"
        type="number"
        min={0}
        max={500}
        label={t("form.capacity")}
        description={t("form.capacityHelp")}
        defaultValue={activity?.politicianCapacity ?? 2}
        required
      />
      <ChoiceGroup
        name="isPublic"
        legend={t("form.visibility")}
        options={[
          { value: "public", label: t("form.public") },
          { value: "internal", label: t("form.internal") },
        ]}
        defaultValue={activity && !activity.isPublic ? "internal" : "public"}
      />
      <SelectField
        name="status"
        label={t("form.status")}
        options={(["PLANNED", "OPEN", "DONE", "CANCELLED"] as const).map((s) => ({ value: s, label: t(`status.${s}`) }))}
        defaultValue={activity?.status ?? "PLANNED"}
      />
      <TextField
        name="cancelReason"
        label={t("form.cancelReason")}
        description={t("form.cancelReasonHelp")}
        defaultValue={activity?.cancelReason}
        maxLength={500}
      />
    </ActionForm>
  );
}
