import { getTranslations } from "next-intl/server";
import { ButtonForm, MoveButtons } from "@/components/button-form";
import { Alert, Card, Heading, Paragraph, Tag } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { ProcessAdminNav } from "@/features/processes/components/process-admin-nav";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { deleteHeardThemeAction, moveHeardThemeAction, publishHeardPageAction, unpublishHeardPageAction } from "../actions";
import type { HeardProcess } from "../load";
import { getHeardEditor, topicOptions } from "../queries";
import type { NoticeKey } from "./notice";
import { PageTextsForm } from "./page-texts-form";
import { ThemeForm } from "./theme-form";

/** /admin/prosesser/[id]/dette-har-vi-hort: publishing, the page's texts, the themes in order, "add theme". */
export async function HeardEditor({ process, notice }: { process: HeardProcess; notice?: NoticeKey }) {
  const [t, tn, tc, fmtDate, { page, counts }, topics] = await Promise.all([
    getTranslations("heard.editor"),
    getTranslations("admin.processNav"),
    getTranslations("areas.inputCategory"),
    getDateFormat(),
    getHeardEditor(process.id),
    topicOptions(),
  ]);
  const base = `/admin/prosesser/${process.id}/dette-har-vi-hort`;
  const themes = page?.themes ?? [];
  const processPublic = process.status === "PUBLISHED" || process.status === "CLOSED";
  return (
    <>
      <ProcessAdminNav process={process} current="dette-har-vi-hort" />
      <PageHeading title={`${tn("dette-har-vi-hort")}: ${process.title}`} lead={t("lead")} />
      <div className="space-y-10">
        {notice && (
          <Alert data-color="success" role="status">
            {t(`notice.${notice}`)}
          </Alert>
        )}

        <Section id="publisering" heading={t("status.heading")} className="space-y-3">
          <Paragraph>{page?.publishedAt ? t("status.published", { date: fmtDate(page.publishedAt, "dateTime") }) : t("status.notPublished")}</Paragraph>
          {page?.publishedAt && !processPublic && <Alert data-color="warning">{t("status.notPublic")}</Alert>}
          <Paragraph data-size="sm">{t("status.publishHelp")}</Paragraph>
          <p className="flex flex-wrap gap-x-6 gap-y-2">
            <TextLink href={`${base}/forhandsvisning`}>{t("status.preview")}</TextLink>
            {page?.publishedAt && processPublic && <TextLink href={`/prosesser/${process.slug}/dette-har-vi-hort`}>{t("status.open")}</TextLink>}
          </p>
          {page?.publishedAt ? (
            <ButtonForm action={unpublishHeardPageAction} label={t("status.unpublish")} idPrefix="avpubliser" hidden={{ processId: process.id }} />
          ) : (
            <ButtonForm action={publishHeardPageAction} label={t("status.publish")} idPrefix="publiser" variant="primary" hidden={{ processId: process.id }} />
          )}
        </Section>

        <Section id="innledning" heading={t("page.heading")} className="space-y-4">
          <PageTextsForm processId={process.id} texts={page} />
        </Section>

        <Section id="temaer" heading={t("themes.heading")} className="space-y-4">
          {themes.length === 0 ? (
            <Paragraph>{t("themes.empty")}</Paragraph>
          ) : (
            <ol className="space-y-4">
              {themes.map((theme, i) => (
                <li key={theme.id} id={`tema-${theme.id}`}>
                  <Card data-color="neutral">
                    <div className="flex flex-wrap items-center gap-3">
                      <Heading level={3} data-size="xs">
                        {i + 1}. {theme.title}
                      </Heading>
                      {!theme.summary && <Tag data-color="warning">{t("themes.draft")}</Tag>}
                    </div>
                    <Paragraph data-size="sm">
                      {theme.tag || theme.category ? (
                        <>
                          {[
                            theme.tag && t("themes.followsTopic", { name: theme.tag.name }),
                            theme.category && t("themes.followsCategory", { name: tc(theme.category) }),
                          ]
                            .filter(Boolean)
                            .join(" · ")}
                          {" · "}
                          {t("themes.count", { count: counts.get(theme.id) ?? 0 })}
                        </>
                      ) : (
                        t("themes.notCounted")
                      )}
                      {" · "}
                      {t("themes.quotes", { count: theme._count.quotes })}
                    </Paragraph>
                    <div className="mt-3 flex flex-wrap items-start gap-3">
                      <TextLink href={`${base}/tema/${theme.id}`}>{t("themes.edit", { title: theme.title })}</TextLink>
                      <MoveButtons
                        action={moveHeardThemeAction}
                        hidden={{ processId: process.id, themeId: theme.id }}
                        index={i}
                        count={themes.length}
                        up={t("themes.moveUp", { title: theme.title })}
                        down={t("themes.moveDown", { title: theme.title })}
                      />
                      <ButtonForm
                        action={deleteHeardThemeAction}
                        label={t("themes.delete", { title: theme.title })}
                        className="inline"
                        hidden={{ processId: process.id, themeId: theme.id }}
                      />
                    </div>
                  </Card>
                </li>
              ))}
            </ol>
          )}
        </Section>

        <Section id="nytt-tema" heading={t("themes.addHeading")} className="space-y-4">
          <ThemeForm processId={process.id} topics={topics} idPrefix="nytt" />
        </Section>
      </div>
    </>
  );
}
