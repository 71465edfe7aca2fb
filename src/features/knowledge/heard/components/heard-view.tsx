import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Tag } from "@/components/ds";
import { InputText } from "@/components/input-text";
import { CURRENT_LANGUAGE } from "@/components/language-switch";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { LANGUAGE_PARAM, UI_LOCALES, type UiLocale } from "@/lib/i18n/config";
import type { PublicHeard } from "../queries";

type Staff = { text: string; lang: string };

/** Staff-written text; marked with its own language when it is not the page's. */
function staffText(value: Staff, locale: UiLocale, as: "p" | "span" = "p") {
  const lang = value.lang === locale ? undefined : value.lang;
  return as === "span" ? (
    <span lang={lang}>{value.text}</span>
  ) : (
    <Paragraph lang={lang} className="whitespace-pre-line">
      {value.text}
    </Paragraph>
  );
}

type Props = PublicHeard & { locale: UiLocale; preview?: boolean };

/**
 * "Dette har vi hørt" as citizens read it. Staff write bokmål (and optionally nynorsk); a text
 * shown in another language than the page's is marked with its own lang for screen readers.
 */
export async function HeardView({ process, page, themes, locale, preview = false }: Props) {
  const [t, fmtDate] = await Promise.all([getTranslations({ locale, namespace: "heard" }), getDateFormat(locale)]);
  const pick = (nb: string, nn: string): Staff => (locale === "nn" && nn.trim() !== "" ? { text: nn, lang: "nn" } : { text: nb, lang: "nb" });
  const intro = pick(page.intro, page.introNn);
  const usage = pick(page.usage, page.usageNn);
  const body = themes.map((theme) => ({
    theme,
    title: pick(theme.title, theme.titleNn),
    summary: pick(theme.summary, theme.summaryNn),
    usage: pick(theme.usage, theme.usageNn),
  }));
  // Say so when some staff text is shown in bokmål on a nynorsk or English page.
  const fellBack = [intro, usage, ...body.flatMap((b) => [b.title, b.summary, b.usage])].some((v) => v.text !== "" && v.lang !== locale);
  const base = `/prosesser/${process.slug}/dette-har-vi-hort`;
  return (
    <article lang={locale} className="space-y-10">
      <PageHeading title={t("title")} lead={t("public.lead", { title: process.title })} />
      {!preview && (
        <nav aria-label={t("public.languageLabel")}>
          <p className="flex flex-wrap gap-x-4 text-sm">
            <span>{t("public.readIn")}:</span>
            {UI_LOCALES.map((l) => (
              <TextLink
                key={l}
                className={l === locale ? CURRENT_LANGUAGE : undefined}
                href={`${base}?${LANGUAGE_PARAM}=${l}`}
                hrefLang={l}
                lang={l}
                aria-current={l === locale ? "page" : undefined}
              >
                {t(`public.languages.${l}`)}
              </TextLink>
            ))}
          </p>
        </nav>
      )}
      {intro.text && staffText(intro, locale)}
      {fellBack && <Paragraph data-size="sm">{t("public.staffLanguage")}</Paragraph>}

      {body.map(({ theme, title, summary, usage: themeUsage }) => (
        <section key={theme.id} aria-labelledby={`tema-${theme.id}`} className="space-y-3 border-t border-[var(--ds-color-neutral-border-subtle)] pt-6">
          <Heading level={2} data-size="md" id={`tema-${theme.id}`}>
            {staffText(title, locale, "span")}
          </Heading>
          {theme.count !== null && (
            <p>
              <Tag data-color="info">{t("public.count", { count: theme.count })}</Tag>
            </p>
          )}
          {staffText(summary, locale)}
          {theme.quotes.length > 0 && (
            <>
              <Heading level={3} data-size="xs">
                {t("public.quotesHeading")}
              </Heading>
              <ul className="space-y-3">
                {theme.quotes.map((q) => (
                  // Citizens' words, in the language they wrote them in.
                  <li key={q.inputId}>
                    <blockquote className="border-l-4 border-[var(--ds-color-accent-border-default)] pl-4 italic whitespace-pre-line">
                      <InputText lang={q.language} text={q.text} block />
                    </blockquote>
                  </li>
                ))}
              </ul>
            </>
          )}
          {themeUsage.text && (
            <>
              <Heading level={3} data-size="xs">
                {t("public.themeUsageHeading")}
              </Heading>
              {staffText(themeUsage, locale)}
            </>
          )}
        </section>
      ))}

      {usage.text && (
        <Section
          id="slik-bruker-vi"
          heading={t("public.usageHeading")}
          size="md"
          className="space-y-3 border-t border-[var(--ds-color-neutral-border-subtle)] pt-6"
        >
          {staffText(usage, locale)}
        </Section>
      )}

      <div className="space-y-2 text-sm">
        {themes.some((x) => x.count !== null) && <Paragraph data-size="sm">{t("public.countHelp")}</Paragraph>}
        {page.publishedAt && <Paragraph data-size="sm">{t("public.published", { date: fmtDate(page.publishedAt, "date") })}</Paragraph>}
        {!preview && <TextLink href={`/prosesser/${process.slug}`}>{t("public.backToProcess", { title: process.title })}</TextLink>}
      </div>
    </article>
  );
}
