import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { contentLang } from "@/components/content-lang";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { UntranslatedNote } from "@/components/untranslated";
import { env } from "@/lib/env";
import { listPublishedProcesses } from "../queries";
import { currentPhaseIndex } from "../timeline";

export async function HomePage({ today = new Date() }: { today?: Date }) {
  const [t, format, processes, locale] = await Promise.all([getTranslations("home"), getFormatter(), listPublishedProcesses(), getLocale()]);
  const lang = contentLang(locale);
  const municipality = env().MEDVIRK_MUNICIPALITY.replace(/ kommune$/, "");
  return (
    <>
      <PageHeading title={t("title", { municipality })} lead={t("lead")} />
      <section aria-labelledby="prosesser-tittel" className="space-y-4">
        {processes.length > 0 && <UntranslatedNote locale={locale} />}
        <Heading level={2} data-size="md" id="prosesser-tittel">
          {t("processesHeading")}
        </Heading>
        {processes.length === 0 ? (
          <Paragraph>{t("none")}</Paragraph>
        ) : (
          <ul className="grid gap-4 md:grid-cols-2">
            {processes.map((p) => {
              const current = p.phases[currentPhaseIndex(p.phases, today)];
              return (
                <li key={p.slug}>
                  <Card className="h-full" data-color="neutral">
                    <Heading level={3} data-size="sm">
                      <TextLink href={`/prosesser/${p.slug}`} lang={lang}>
                        {p.title}
                      </TextLink>
                    </Heading>
                    {current && <Tag data-color="info">{t("currentPhase", { phase: current.title })}</Tag>}
                    <Paragraph lang={lang}>{p.summary}</Paragraph>
                    {p.thematicPlans.length > 0 && (
                      <Paragraph data-size="sm">{t("feeds", { plans: format.list(p.thematicPlans.map((tp) => tp.thematicPlan.name)) })}</Paragraph>
                    )}
                  </Card>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </>
  );
}
