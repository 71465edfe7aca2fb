// "Venter på evaluering" on the politician's landing page: activities they took part in
// that are over and not yet evaluated. Renders nothing when there are none.
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { pendingEvaluations } from "../queries";

export async function PendingEvaluations({ userId }: { userId: string }) {
  const rows = await pendingEvaluations(userId);
  if (rows.length === 0) return null;
  const [t, fmtDate] = await Promise.all([getTranslations("evaluations.reminders"), getDateFormat()]);
  return (
    <Section id="venter-evaluering" heading={t("title")} className="mb-10 space-y-3">
      <Paragraph>{t("lead")}</Paragraph>
      <ul className="list-disc space-y-2 pl-6">
        {rows.map((a) => (
          <li key={a.id}>
            <TextLink href={`/politiker/aktiviteter/${a.id}/evaluering`}>{t("link", { title: a.title })}</TextLink>
            <span className="block text-sm">{t("meta", { method: a.method.name, when: fmtDate(a.startsAt, "date") })}</span>
          </li>
        ))}
      </ul>
    </Section>
  );
}
