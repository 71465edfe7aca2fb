// On the citizens' process page: the questions the decision points settled, where the
// administration has marked them public («Dette er avgjort»).
import { Heading, Paragraph } from "@digdir/designsystemet-react";
import { getFormatter, getTranslations } from "next-intl/server";
import { publicDecisions } from "../decisions/queries";

export async function PublicDecisions({ processId }: { processId: string }) {
  const [t, format, rows] = await Promise.all([getTranslations("groupLeader.public"), getFormatter(), publicDecisions(processId)]);
  if (rows.length === 0) return null;
  const day = (d: Date) => format.dateTime(d, { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  return (
    <section aria-labelledby="avgjort" className="space-y-4">
      <Heading level={2} data-size="md" id="avgjort">
        {t("heading")}
      </Heading>
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
    </section>
  );
}
