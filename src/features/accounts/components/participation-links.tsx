// Links from the group leaders' page to each process's participation overview.
import { Heading } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { participationProcesses } from "../participation-queries";

export async function ParticipationLinks() {
  const [t, processes] = await Promise.all([getTranslations("accounts.participation"), participationProcesses()]);
  if (processes.length === 0) return null;
  return (
    <section aria-labelledby="deltakelse-prosesser" className="mt-10 space-y-3">
      <Heading level={2} data-size="sm" id="deltakelse-prosesser">
        {t("linksTitle")}
      </Heading>
      <ul className="space-y-1">
        {processes.map((p) => (
          <li key={p.id}>
            <NextLink className="ds-link" href={`/gruppeleder/deltakelse/${p.id}`}>
              {p.title}
            </NextLink>{" "}
            – {t(`rules.${p.participationRule}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}
