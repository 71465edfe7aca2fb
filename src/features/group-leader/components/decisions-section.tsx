// «Til avklaring» on the dashboard: every decision point with its questions — open ones with a
// form to record the decision (group leaders and administrators), decided ones with the
// decision, its date and who recorded it. Administrators add questions and choose which
// decided questions show on the public process page.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { TextField } from "@/components/form-fields";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { osloDay } from "@/lib/oslo-time";
import { addQuestionAction, decideQuestionAction, setQuestionPublicAction } from "../decisions/actions";
import { decisionPoints, type DecisionPoint } from "../decisions/queries";

type Props = { processId: string; canDecide: boolean; canDesign: boolean; today: Date };

export async function DecisionsSection({ processId, canDecide, canDesign, today }: Props) {
  const [t, fmtDate, points] = await Promise.all([getTranslations("groupLeader.decisions"), getDateFormat(), decisionPoints(processId)]);
  const day = (d: Date) => fmtDate(d, "day");
  const todayInput = osloDay(today);
  const decideForm = (q: DecisionPoint["questions"][number]) => (
    <ActionForm action={decideQuestionAction} submitLabel={t("save")} successMessage={t("saved")} idPrefix={`q-${q.id}`} className="mt-3 max-w-2xl space-y-4">
      <input type="hidden" name="questionId" value={q.id} />
      <TextField name="decidedText" label={t("decidedText")} description={t("decidedTextHelp")} multiline rows={3} defaultValue={q.decidedText} />
      <TextField
        name="decidedOn"
        type="date"
        label={t("decidedOn")}
        className="max-w-52"
        defaultValue={q.decidedOn ? q.decidedOn.toISOString().slice(0, 10) : todayInput}
      />
    </ActionForm>
  );
  const open = points.reduce((n, p) => n + p.questions.filter((q) => !q.decidedOn).length, 0);
  return (
    <Section id="avklaring" heading={t("heading")} size="md" className="space-y-4">
      <Paragraph>{t("summary", { count: open })}</Paragraph>
      {points.length === 0 && <Paragraph>{t("noPoints")}</Paragraph>}
      <ol className="space-y-6">
        {points.map((p) => (
          <li key={p.id} data-testid={`beslutningspunkt-${p.id}`}>
            <Heading level={3} data-size="xs">
              {p.title} – {day(p.date)}
              {p.body ? ` · ${p.body}` : ""}
            </Heading>
            {p.questions.length === 0 && <Paragraph data-size="sm">{t("noQuestions")}</Paragraph>}
            <ul className="mt-3 space-y-3">
              {p.questions.map((q) => (
                <li key={q.id}>
                  <Card data-color={q.decidedOn ? "success" : "warning"} className="space-y-2">
                    <Paragraph>
                      <Tag data-color={q.decidedOn ? "success" : "warning"} data-size="sm">
                        {q.decidedOn ? t("decided") : t("open")}
                      </Tag>{" "}
                      <strong>{q.question}</strong>
                    </Paragraph>
                    {q.decidedOn && (
                      <>
                        <Paragraph>{q.decidedText}</Paragraph>
                        <Paragraph data-size="sm">
                          {t("decidedMeta", { date: day(q.decidedOn), name: q.decidedBy?.name ?? t("unknown") })} {q.isPublic ? t("isPublic") : t("notPublic")}
                        </Paragraph>
                      </>
                    )}
                    {canDecide &&
                      (q.decidedOn ? (
                        <details>
                          <summary className="cursor-pointer">{t("change")}</summary>
                          {decideForm(q)}
                        </details>
                      ) : (
                        decideForm(q)
                      ))}
                    {canDesign && q.decidedOn && (
                      <ButtonForm
                        action={setQuestionPublicAction}
                        label={q.isPublic ? t("makePrivate") : t("makePublic")}
                        idPrefix={`v-${q.id}`}
                        className="space-y-2"
                        hidden={{ questionId: q.id, isPublic: q.isPublic ? "false" : "true" }}
                      />
                    )}
                  </Card>
                </li>
              ))}
            </ul>
            {canDesign && (
              <details className="mt-3">
                <summary className="cursor-pointer">{t("add")}</summary>
                <ActionForm
                  action={addQuestionAction}
                  submitLabel={t("addSubmit")}
                  successMessage={t("added")}
                  idPrefix={`m-${p.id}`}
                  className="mt-3 max-w-2xl space-y-4"
                >
                  <input type="hidden" name="milestoneId" value={p.id} />
                  <TextField name="question" label={t("question")} multiline rows={2} />
                  <div className="flex items-center gap-2">
                    <input type="checkbox" name="isPublic" id={`offentlig-${p.id}`} className="ds-input" />
                    <label htmlFor={`offentlig-${p.id}`}>{t("publicLabel")}</label>
                  </div>
                </ActionForm>
              </details>
            )}
          </li>
        ))}
      </ol>
    </Section>
  );
}
