// /admin/kunnskapsbase/til-vurdering: inputs held on arrival, newest first, with what the
// screening found in words and the three decisions: approve, redact, hide with a reason.
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Alert, Button, Card, Heading, Paragraph } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { InputText } from "@/components/input-text";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { HIDE_REASONS, MAX_HIDE_NOTE } from "@/features/inputs/inbox/schemas";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { KnowledgeNav } from "../../components/knowledge-nav";
import { approveInputAction, hideHeldInputAction } from "../actions";
import { REDACT_PATH, REVIEW_PATH } from "../paths";
import type { ReviewRow } from "../queries";
import { FlagList } from "./flag-list";

const NOTICES = { godkjent: "approved", skjult: "hidden" } as const;

type Props = { rows: ReviewRow[]; total: number; next?: string; paged: boolean; notice?: string };

export async function ReviewQueuePage({ rows, total, next, paged, notice }: Props) {
  const [t, ti, fmtDate] = await Promise.all([getTranslations("knowledgeModeration.review"), getTranslations("inbox"), getDateFormat()]);
  const noticeKey = notice && notice in NOTICES ? NOTICES[notice as keyof typeof NOTICES] : undefined;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <KnowledgeNav current={REVIEW_PATH} />
      <div className="space-y-6">
        {noticeKey && (
          <Alert data-color="success" role="status">
            {t(noticeKey)}
          </Alert>
        )}
        <Paragraph>{t("count", { count: total })}</Paragraph>
        <Paragraph data-size="sm">{t("approveHelp")}</Paragraph>
        {rows.length === 0 ? (
          <Paragraph>{t("empty")}</Paragraph>
        ) : (
          <ul aria-label={t("listLabel")} className="space-y-6">
            {rows.map((row) => (
              <li key={row.id}>
                <Card className="space-y-4" data-color="neutral">
                  <Heading level={2} data-size="xs">
                    <TextLink href={`/admin/innspill/${row.id}`}>{t("open", { code: row.receiptCode })}</TextLink>
                  </Heading>
                  <Paragraph data-size="sm">
                    {t("received", {
                      date: fmtDate(row.submittedAt, "dateTimeMedium"),
                      process: row.process.title,
                      code: ti(`channel.${row.channel}`),
                    })}
                  </Paragraph>
                  <Paragraph className="whitespace-pre-line break-words">
                    <InputText lang={row.language} text={row.text} block />
                  </Paragraph>
                  <div className="space-y-2">
                    <Paragraph data-size="sm" className="font-semibold">
                      {t("flags")}
                    </Paragraph>
                    <FlagList flags={row.flags} />
                    {row.redactedText != null && <Paragraph data-size="sm">{t("redacted")}</Paragraph>}
                  </div>
                  <div className="flex flex-wrap items-start gap-4">
                    <ButtonForm
                      action={approveInputAction}
                      label={t("approve")}
                      idPrefix={`godkjenn-${row.id}`}
                      className="space-y-2"
                      variant="primary"
                      hidden={{ inputId: row.id }}
                    />
                    <Button asChild variant="secondary">
                      <NextLink href={`${REDACT_PATH}/${row.id}`} aria-label={t("redactLink", { code: row.receiptCode })}>
                        {t("redact")}
                      </NextLink>
                    </Button>
                  </div>
                  <details>
                    <summary className="cursor-pointer">{t("hideHeading", { code: row.receiptCode })}</summary>
                    <div className="mt-3">
                      <ActionForm action={hideHeldInputAction} submitLabel={t("hide")} submitVariant="secondary" idPrefix={`skjul-${row.id}`}>
                        <input type="hidden" name="inputId" value={row.id} />
                        <SelectField
                          name="reason"
                          label={t("hideReason")}
                          emptyLabel={t("hideChoose")}
                          options={HIDE_REASONS.map((r) => ({ value: r, label: ti(`hideReason.${r}`) }))}
                          required
                        />
                        <TextField name="note" label={t("hideNote")} multiline rows={2} maxLength={MAX_HIDE_NOTE} />
                      </ActionForm>
                    </div>
                  </details>
                </Card>
              </li>
            ))}
          </ul>
        )}
        <nav className="flex flex-wrap gap-6" aria-label={t("listLabel")}>
          {paged && <TextLink href={REVIEW_PATH}>{t("first")}</TextLink>}
          {next && (
            <TextLink href={`${REVIEW_PATH}?etter=${encodeURIComponent(next)}`} rel="next">
              {t("next")}
            </TextLink>
          )}
        </nav>
      </div>
    </>
  );
}
