// The queue's filter: a plain GET form (works without JavaScript; a filtered queue is a URL).
import { getTranslations } from "next-intl/server";
import { FilterForm, optionsOf } from "@/components/filter-form";
import { SelectFields } from "@/components/form-fields";
import { InputChannel } from "@/generated/prisma/enums";
import { TRIAGE_PATH, type TriageFilter } from "../filters";

export async function QueueFilterForm({ filter, processes }: { filter: TriageFilter; processes: { id: string; title: string }[] }) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.queue.filter"), getTranslations("inbox")]);
  return (
    <FilterForm heading={t("heading")} path={TRIAGE_PATH} filter={filter} submitLabel={t("submit")} resetLabel={t("reset")} submitVariant="secondary">
      <SelectFields
        values={filter}
        fields={[
          { name: "prosess", label: t("process"), emptyLabel: t("allProcesses"), options: processes.map((p) => ({ value: p.id, label: p.title })) },
          {
            name: "kategori",
            label: t("category"),
            emptyLabel: t("any"),
            options: optionsOf(["mangler", "satt"], (v) => t(v === "mangler" ? "categoryMissing" : "categorySet")),
          },
          { name: "emne", label: t("topic"), emptyLabel: t("any"), options: [{ value: "mangler", label: t("topicMissing") }] },
          { name: "kanal", label: t("channel"), emptyLabel: t("allChannels"), options: optionsOf(Object.values(InputChannel), (c) => ti(`channel.${c}`)) },
        ]}
      />
    </FilterForm>
  );
}
