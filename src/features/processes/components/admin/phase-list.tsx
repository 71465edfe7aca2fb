import { getTranslations } from "next-intl/server";
import { ButtonForm, MoveButtons } from "@/components/button-form";
import { Alert, Card, Heading, Paragraph, Tag } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { deletePhaseAction, movePhaseAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";
import { questionsFor } from "../../guiding-questions";
import { PhaseForm } from "./phase-form";

/** The phases in order, each with move up/down (keyboard ordering) and delete; then "add". */
export async function PhaseList({ process, notice }: { process: AdminProcess; notice?: "saved" | "deleted" }) {
  const [t, tk, fmtDate] = await Promise.all([getTranslations("processes.phases"), getTranslations("process.phaseKind"), getDateFormat()]);
  const day = (d: Date | null) => (d ? fmtDate(d, "dayMedium") : t("noDate"));
  return (
    <div className="space-y-8">
      {notice && <Alert data-color="success">{t(notice)}</Alert>}
      {process.phases.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <ol className="space-y-4">
          {process.phases.map((phase, i) => (
            <li key={phase.id}>
              <Card data-color="neutral">
                <div className="flex flex-wrap items-center gap-3">
                  <Heading level={2} data-size="xs">
                    {i + 1}. {phase.title}
                  </Heading>
                  <Tag data-color="info">{tk(phase.kind)}</Tag>
                </div>
                <Paragraph data-size="sm">
                  {day(phase.startsOn)} – {day(phase.endsOn)}
                  {phase.owner && <> · {t("ownerShort", { owner: phase.owner })}</>}
                  {phase.expectedOutput && <> · {t("outputShort", { output: phase.expectedOutput })}</>}
                </Paragraph>
                {questionsFor(phase).length > 0 && <Paragraph data-size="sm">{questionsFor(phase).join(" · ")}</Paragraph>}
                <div className="mt-3 flex flex-wrap items-start gap-3">
                  <TextLink href={`/admin/prosesser/${process.id}/faser/${phase.id}`}>{t("edit", { title: phase.title })}</TextLink>
                  <MoveButtons
                    action={movePhaseAction}
                    hidden={{ processId: process.id, phaseId: phase.id }}
                    index={i}
                    count={process.phases.length}
                    up={t("moveUp", { title: phase.title })}
                    down={t("moveDown", { title: phase.title })}
                  />
                  <ButtonForm
                    action={deletePhaseAction}
                    label={t("delete", { title: phase.title })}
                    className="inline"
                    hidden={{ processId: process.id, phaseId: phase.id }}
                  />
                </div>
              </Card>
            </li>
          ))}
        </ol>
      )}
      <Section id="ny-fase" heading={t("addHeading")} className="space-y-4">
        <PhaseForm processId={process.id} />
      </Section>
    </div>
  );
}
