// "Registrert av deg på denne aktiviteten (N)": the reader's own inputs here, newest first,
// one page at a time, each deletable while the administration has not read it yet.
import { getTranslations } from "next-intl/server";
import { Paragraph, Tag } from "@/components/ds";
import { KeysetPager } from "@/components/keyset-pager";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { recordingPath } from "../paths";
import { listMyRecorded } from "../queries";
import { DeleteRecorded } from "./delete-recorded";
import type { RecordDefaults } from "./record-form";

type Props = { activityId: string; userId: string; cursor?: string; kept: RecordDefaults };

export async function RecordedList({ activityId, userId, cursor, kept }: Props) {
  const [t, tc, tf, fmtDate, page] = await Promise.all([
    getTranslations("recording.list"),
    getTranslations("areas.inputCategory"),
    getTranslations("recording.form"),
    getDateFormat(),
    listMyRecorded(activityId, userId, cursor),
  ]);
  const query = (extra: Record<string, string>) => {
    const q = new URLSearchParams({ kategori: kept.category, malgruppe: kept.targetGroupId, bydel: kept.districtId, sprak: kept.language, ...extra });
    return `${recordingPath(activityId)}?${q}#mine`;
  };
  return (
    <Section id="mine" heading={t("heading", { count: page.total })} className="space-y-4">
      {page.total === 0 ? <Paragraph>{t("empty")}</Paragraph> : <Paragraph data-size="sm">{t("deleteHelp")}</Paragraph>}
      <ol className="space-y-3">
        {page.rows.map((r) => {
          const time = fmtDate(r.submittedAt, "dateTimeShort");
          const facts = [
            r.targetGroup?.name,
            r.district?.name,
            r.language !== "nb" && r.language in LANGUAGE_KEYS ? tf(`languages.${r.language as "nn"}`) : null,
          ].filter(Boolean);
          return (
            <li key={r.id} className="space-y-2 rounded border border-[var(--ds-color-neutral-border-subtle)] p-4">
              <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
                <Tag data-color="info">{r.category ? tc(r.category) : t("noCategory")}</Tag>
                <time dateTime={r.submittedAt.toISOString()}>{time}</time>
                {facts.length > 0 && <span>{facts.join(" · ")}</span>}
              </div>
              <p className="break-words whitespace-pre-line">{r.text}</p>
              {r.status === "RECEIVED" ? (
                <DeleteRecorded inputId={r.id} activityId={activityId} kept={kept} label={t("delete")} which={t("deleteWhich", { time })} />
              ) : (
                <Paragraph data-size="sm">{t("locked")}</Paragraph>
              )}
            </li>
          );
        })}
      </ol>
      <KeysetPager
        label={t("navLabel")}
        first={cursor ? { href: query({}), label: t("first") } : null}
        next={page.next ? { href: query({ etter: page.next }), label: t("next") } : null}
      />
    </Section>
  );
}

const LANGUAGE_KEYS = { nn: true, en: true, other: true };
