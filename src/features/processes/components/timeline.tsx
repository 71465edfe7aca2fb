import { getTranslations } from "next-intl/server";
import { Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import type { PublicProcess } from "../queries";
import { hereIndex } from "../timeline";

/** The timeline with decision points and a "Nå er vi her" marker placed from today's date. */
export async function Timeline({ milestones, today, lang }: { milestones: PublicProcess["milestones"]; today: Date; lang?: string }) {
  const [t, fmtDate] = await Promise.all([getTranslations("process"), getDateFormat()]);
  const day = (d: Date) => fmtDate(d, "day");
  const here = hereIndex(
    milestones.map((m) => m.endDate ?? m.date),
    today,
  );
  const marker = (
    <li key="here" aria-current="date" className="border-l-4 border-[var(--ds-color-accent-border-strong)] py-1 pl-4">
      <Tag data-color="accent">{t("weAreHere")}</Tag> <span className="text-sm">{day(today)}</span>
    </li>
  );
  return (
    <Section id="fremdrift-tittel" heading={t("timelineHeading")} size="md" className="space-y-4">
      <ol className="space-y-3">
        {milestones.flatMap((m, i) => {
          const item = (
            <li key={m.id} className="border-l-4 border-[var(--ds-color-neutral-border-subtle)] py-1 pl-4">
              <Paragraph data-size="sm">
                <strong>{m.endDate ? t("phaseDates", { from: day(m.date), to: day(m.endDate) }) : day(m.date)}</strong>
                {m.body && (
                  <>
                    {" · "}
                    <span lang={lang}>{m.body}</span>
                  </>
                )}
              </Paragraph>
              <Paragraph>
                <span lang={lang}>{m.title}</span> {m.isDecisionPoint && <Tag data-color="warning">{t("decisionPoint")}</Tag>}
              </Paragraph>
              {m.decision && (
                <Paragraph data-size="sm" lang={lang}>
                  {m.decision}
                </Paragraph>
              )}
              {m.outcome && (
                <Paragraph data-size="sm" lang={lang}>
                  {m.outcome}
                </Paragraph>
              )}
            </li>
          );
          return i === here ? [marker, item] : [item];
        })}
        {here >= milestones.length && marker}
      </ol>
    </Section>
  );
}
