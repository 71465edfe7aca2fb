// The queue's filter: a plain GET form (works without JavaScript; a filtered queue is a URL).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Button, Heading } from "@/components/ds";
import { SelectField } from "@/components/form-fields";
import { InputChannel } from "@/generated/prisma/enums";
import { TRIAGE_PATH, type TriageFilter } from "../filters";

export async function QueueFilterForm({ filter, processes }: { filter: TriageFilter; processes: { id: string; title: string }[] }) {
  const [t, ti] = await Promise.all([getTranslations("knowledgeTriage.queue.filter"), getTranslations("inbox")]);
  return (
    <section aria-labelledby="filter-tittel" className="mb-8">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {t("heading")}
      </Heading>
      <form key={JSON.stringify(filter)} method="get" action={TRIAGE_PATH} role="search" aria-labelledby="filter-tittel" className="space-y-4">
        <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-4">
          <SelectField
            name="prosess"
            label={t("process")}
            emptyLabel={t("allProcesses")}
            options={processes.map((p) => ({ value: p.id, label: p.title }))}
            defaultValue={filter.prosess ?? ""}
          />
          <SelectField
            name="kategori"
            label={t("category")}
            emptyLabel={t("any")}
            options={[
              { value: "mangler", label: t("categoryMissing") },
              { value: "satt", label: t("categorySet") },
            ]}
            defaultValue={filter.kategori ?? ""}
          />
          <SelectField
            name="emne"
            label={t("topic")}
            emptyLabel={t("any")}
            options={[{ value: "mangler", label: t("topicMissing") }]}
            defaultValue={filter.emne ?? ""}
          />
          <SelectField
            name="kanal"
            label={t("channel")}
            emptyLabel={t("allChannels")}
            options={Object.values(InputChannel).map((c) => ({ value: c, label: ti(`channel.${c}`) }))}
            defaultValue={filter.kanal ?? ""}
          />
        </div>
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant="secondary">
            {t("submit")}
          </Button>
          <NextLink className="ds-link" href={TRIAGE_PATH}>
            {t("reset")}
          </NextLink>
        </div>
      </form>
    </section>
  );
}
