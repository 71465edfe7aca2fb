// On the citizens' process page: the questions the decision points settled, where the
// administration has marked them public («Dette er avgjort»).
import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { publicDecisions } from "../decisions/queries";

export async function PublicDecisions({ processId }: { processId: string }) {
  const [t, fmtDate, rows] = await Promise.all([getTranslations("groupLeader.public"), getDateFormat(), publicDecisions(processId)]);
  if (rows.length === 0) return null;
  const day = (d: Date) => fmtDate(d, "day");
  return (
    <Section id="avgjort" heading={t("heading")} size="md" className="space-y-4">
      <ul className="space-y-4">
        {rows.map((q) => (
          <li key={q.id}>
            <Paragraph>
              <strong>{q.question}</strong>
            </Paragraph>
            <Paragraph>{q.decidedText}</Paragraph>
            <Paragraph data-size="sm">{t("decidedBy", { body: q.milestone.body || q.milestone.title, date: day(q.decidedOn!) })}</Paragraph>
          </li>
        ))}
      </ul>
    </Section>
  );
}
