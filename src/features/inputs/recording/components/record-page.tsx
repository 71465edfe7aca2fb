// The recording page: what the activity is, the fast form (or why recording is not possible
// here), and the reader's own inputs from it.
import { randomUUID } from "node:crypto";
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { FactList } from "@/components/fact-list";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { categoriesFor } from "@/features/forms/answer-schema";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { pageNotFound } from "@/lib/missing-pages";
import { roleHome, type SessionUser } from "@/lib/session";
import { loadRecordingContext } from "../queries";
import { recordingRefusal } from "../rules";
import { RECORD_LANGUAGES } from "../schemas";
import { RecordForm, type RecordDefaults } from "./record-form";
import { RecordedList } from "./recorded-list";

export type RecordParams = Partial<Record<"lagret" | "slettet" | "kategori" | "malgruppe" | "bydel" | "sprak" | "etter", string>>;

export async function RecordPage({ user, activityId, params, now = new Date() }: { user: SessionUser; activityId: string; params: RecordParams; now?: Date }) {
  const ctx = await loadRecordingContext(activityId, user.id);
  if (!ctx) pageNotFound();
  const [t, te, fmtDate] = await Promise.all([getTranslations("recording"), getTranslations("errors"), getDateFormat()]);
  const a = ctx.activity;
  const refusal = recordingRefusal(a, user, ctx.signupStatus, now);
  const categories: string[] = [...categoriesFor(a.phase?.kind ?? null)];
  const groupIds = new Set([...ctx.targetGroups.own, ...ctx.targetGroups.other].map((g) => g.id));
  // Choices carried from the last save; anything that no longer fits falls back to the default.
  const pick = (value: string | undefined, ok: (v: string) => boolean, fallback: string) =>
    value !== undefined && (value === "" || ok(value)) ? value : fallback;
  const defaults: RecordDefaults = {
    category: pick(params.kategori, (v) => categories.includes(v), ""),
    targetGroupId: pick(params.malgruppe, (v) => groupIds.has(v), ""),
    districtId: pick(params.bydel, (v) => ctx.districts.some((d) => d.id === v), a.districtId ?? ""),
    language: (RECORD_LANGUAGES as readonly string[]).includes(params.sprak ?? "") ? params.sprak! : "nb",
  };
  const when = `${fmtDate(a.startsAt, "dateTimeFull")}–${fmtDate(a.endsAt, "time")}`;
  const facts: [string, string][] = [
    [t("about.activity"), a.title],
    [t("about.process"), a.process.title],
    [t("about.method"), a.method.name],
    [t("about.phase"), a.phase?.title ?? "–"],
    [t("about.when"), when],
    [t("about.where"), a.place || "–"],
  ];
  const notice = params.lagret ? "saved" : params.slettet ? "deleted" : null;
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <p className="mb-6">
        <TextLink href={roleHome(user.role)}>{t("back")}</TextLink>
      </p>
      <Section id="aktiviteten" heading={t("about.heading")} size="xs" headingClassName="sr-only" className="mb-8 space-y-2">
        <FactList rows={facts} />
      </Section>
      {refusal ? (
        <Alert data-color="warning" className="mb-8">
          <Heading level={2} data-size="xs">
            {t("refused")}
          </Heading>
          <Paragraph>{te(refusal)}</Paragraph>
        </Alert>
      ) : (
        <Section id="nytt" heading={t("form.heading")} className="mb-10 max-w-3xl space-y-4">
          <RecordForm
            activityId={a.id}
            idempotencyKey={randomUUID()}
            formKey={params.lagret ?? "ny"}
            ideas={a.phase?.kind === "IDEAS"}
            categories={categories}
            defaults={defaults}
            targetGroups={ctx.targetGroups}
            districts={ctx.districts}
            notice={notice}
          />
        </Section>
      )}
      <RecordedList activityId={a.id} userId={user.id} cursor={params.etter} kept={defaults} />
    </>
  );
}
