import { getTranslations } from "next-intl/server";
import { ButtonForm } from "@/components/button-form";
import { Alert, Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { changeProcessStatusAction } from "../../actions";
import type { AdminProcess } from "../../admin-queries";
import { allowedTransitions } from "../../change-process-status";
import { missingForPublishing, READINESS_ITEMS } from "../../publish-readiness";

/** The publishing gate: exactly what is missing, each with a link to where it is fixed. */
export async function PublishPanel({ process }: { process: AdminProcess }) {
  const [t, tp] = await Promise.all([getTranslations("processes.publish"), getTranslations("process")]);
  const missing = new Set(missingForPublishing({ ...process, targetGroupCount: process._count.targetGroups }));
  const transitions = allowedTransitions(process.status);
  return (
    <div className="space-y-8">
      <Paragraph>{t("status", { status: tp(`status.${process.status}`) })}</Paragraph>
      <Section id="sjekkliste" heading={t("checklist")} className="space-y-3">
        {missing.size === 0 ? <Alert data-color="success">{t("ready")}</Alert> : <Alert data-color="warning">{t("notReady", { count: missing.size })}</Alert>}
        <ul className="space-y-2">
          {READINESS_ITEMS.map((item) => {
            // ?felt= focuses the field on arrival (autofocus); the fragment scrolls to it.
            const href = `/admin/prosesser/${process.id}/${item.section}${item.field ? `?felt=${item.field}#felt-${item.field}` : ""}`;
            return (
              <li key={item.key} className="flex flex-wrap items-baseline gap-2">
                <span aria-hidden="true">{missing.has(item.key) ? "✗" : "✓"}</span>
                <span>
                  {t(`items.${item.key}`)}: <strong>{missing.has(item.key) ? t("missing") : t("done")}</strong>
                </span>
                {missing.has(item.key) && <TextLink href={href}>{t(`fix.${item.key}`)}</TextLink>}
              </li>
            );
          })}
        </ul>
      </Section>
      {transitions.length > 0 && (
        <Section id="status-endring" heading={t("changeStatus")} className="space-y-3">
          {/* One below the other: each form's message (such as what blocks publishing) gets the full width. */}
          <div className="flex max-w-2xl flex-col gap-6">
            {transitions.map((status) => (
              <ButtonForm
                key={status}
                action={changeProcessStatusAction}
                label={t(`to.${status}`)}
                className="space-y-2"
                variant={status === "PUBLISHED" ? "primary" : "secondary"}
                hidden={{ processId: process.id, status }}
              >
                <Paragraph data-size="sm">{t(`explain.${status}`)}</Paragraph>
              </ButtonForm>
            ))}
          </div>
        </Section>
      )}
      <Paragraph>
        <TextLink href={`/admin/prosesser/${process.id}/forhandsvisning`}>{t("preview")}</TextLink>
      </Paragraph>
    </div>
  );
}
