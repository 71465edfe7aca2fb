import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Alert, Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { deleteMilestoneAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";
import { hereIndex } from "../../timeline";
import { MilestoneForm } from "./milestone-form";

/** Fremdrift: milestones and decision points in date order with "Nå er vi her", then "add". */
export async function TimelineAdmin({ process, notice, today = new Date() }: { process: AdminProcess; notice?: "saved" | "deleted"; today?: Date }) {
  const [t, tp, fmtDate] = await Promise.all([getTranslations("processes.timeline"), getTranslations("process"), getDateFormat()]);
  const day = (d: Date) => fmtDate(d, "dayMedium");
  const here = hereIndex(
    process.milestones.map((m) => m.endDate ?? m.date),
    today,
  );
  const marker = (
    <li key="here" aria-current="date" className="border-l-4 border-[var(--ds-color-accent-border-strong)] py-2 pl-4">
      <Tag data-color="accent">{tp("weAreHere")}</Tag> {day(today)}
    </li>
  );
  return (
    <div className="space-y-8">
      {notice && <Alert data-color="success">{t(notice)}</Alert>}
      {process.milestones.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <ol className="space-y-3">
          {process.milestones.flatMap((m, i) => {
            const item = (
              <li key={m.id} className="border-l-4 border-[var(--ds-color-neutral-border-subtle)] py-2 pl-4">
                <Paragraph data-size="sm">
                  <strong>{m.endDate ? `${day(m.date)} – ${day(m.endDate)}` : day(m.date)}</strong>
                  {m.body && <> · {m.body}</>} {m.isDecisionPoint && <Tag data-color="warning">{tp("decisionPoint")}</Tag>}
                </Paragraph>
                <Paragraph>{m.title}</Paragraph>
                {m.decision && <Paragraph data-size="sm">{t("decisionShort", { text: m.decision })}</Paragraph>}
                {m.outcome && <Paragraph data-size="sm">{t("outcomeShort", { text: m.outcome })}</Paragraph>}
                <div className="mt-2 flex flex-wrap items-start gap-3">
                  <TextLink href={`/admin/prosesser/${process.id}/fremdrift/${m.id}`}>{t("edit", { title: m.title })}</TextLink>
                  <ButtonForm
                    action={deleteMilestoneAction}
                    label={t("delete", { title: m.title })}
                    className="inline"
                    hidden={{ processId: process.id, milestoneId: m.id }}
                  />
                </div>
              </li>
            );
            return i === here ? [marker, item] : [item];
          })}
          {here >= process.milestones.length && marker}
        </ol>
      )}
      <Section id="ny-milepael" heading={t("addHeading")} className="space-y-4">
        <MilestoneForm process={process} />
      </Section>
    </div>
  );
}
