// The citizen's «Mine innspill» page: signed out, a short explanation and «Logg inn med
// ID-porten»; signed in, the list (citizen-inputs.ts) and a sign-out button (a plain POST).
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Card, Heading, Paragraph, Tag } from "@/components/ds";
import { InputText } from "@/components/input-text";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { getDateFormat } from "@/lib/dates/get-date-format";
import { listCitizenInputs, parseMineCursor } from "../citizen-inputs";
import { getCitizen } from "../citizen-session";
import { idPortenConfig } from "../config";

const ERRORS = ["state", "provider", "token", "expired", "acr", "client", "unavailable", "off"] as const;

export async function MineInputsPage({ params }: { params: Record<string, string | undefined> }) {
  const [t, tc, tr] = await Promise.all([getTranslations("sso.mine"), getTranslations("sso.citizen"), getTranslations("forms.receipt")]);
  const citizen = await getCitizen();
  const error = ERRORS.find((e) => e === params.feil);
  if (!citizen) {
    return (
      <>
        <PageHeading title={t("title")} lead={tc("signInLead")} />
        {error && (
          <Alert data-color="danger" className="mb-6" role="alert">
            {tc(`errors.${error}`)}
          </Alert>
        )}
        {params["logget-ut"] === "1" && (
          <Alert data-color="success" className="mb-6">
            {tc("signedOut")}
          </Alert>
        )}
        {idPortenConfig() ? (
          <>
            <Paragraph className="mb-4">{t("signInFirst")}</Paragraph>
            <a className="ds-button" data-variant="primary" href="/api/sso/idporten/start?tilbake=%2Fmine-innspill">
              {tc("signIn")}
            </a>
          </>
        ) : (
          <Paragraph>{tc("errors.off")}</Paragraph>
        )}
      </>
    );
  }
  const [{ items, next }, fmtDate] = await Promise.all([listCitizenInputs(citizen.citizenId, parseMineCursor(params.etter)), getDateFormat()]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      <div className="mb-8 flex flex-wrap items-center gap-4">
        <Paragraph data-size="sm">{tc("signedInAs")}</Paragraph>
        <form method="post" action="/api/sso/idporten/logout">
          <button type="submit" className="ds-button" data-variant="secondary" data-size="sm">
            {tc("signOut")}
          </button>
        </form>
      </div>
      {items.length === 0 ? (
        <Paragraph>{t("empty")}</Paragraph>
      ) : (
        <ol className="space-y-4" aria-label={t("title")}>
          {items.map((input) => (
            <li key={input.id}>
              <Card>
                <Heading level={2} data-size="2xs">
                  <NextLink href={`/prosesser/${input.process.slug}`}>{input.process.title}</NextLink>
                </Heading>
                <Paragraph data-size="sm">
                  {t("sent", { date: fmtDate(input.submittedAt, "dateTime") })} ·{" "}
                  <NextLink href={`/kvittering/${input.receiptCode}`}>{t("receipt", { code: input.receiptCode })}</NextLink>
                </Paragraph>
                <Paragraph className="line-clamp-3 whitespace-pre-line">
                  <InputText lang={input.language} text={input.text} />
                </Paragraph>
                <Paragraph>
                  <span className="sr-only">{t("status")}: </span>
                  <Tag data-color={input.status === "USED" ? "success" : input.status === "NOT_USED" ? "warning" : "info"}>{tr(`status.${input.status}`)}</Tag>
                </Paragraph>
                {input.publicResponse && (
                  <div className="mt-2 border-l-4 border-[var(--ds-color-accent-border-default)] pl-3">
                    <Heading level={3} data-size="2xs">
                      {t("answer")}
                    </Heading>
                    <Paragraph>{input.publicResponse}</Paragraph>
                  </div>
                )}
              </Card>
            </li>
          ))}
        </ol>
      )}
      <nav className="mt-8 flex gap-6" aria-label={t("title")}>
        {params.etter && <NextLink href="/mine-innspill">{t("first")}</NextLink>}
        {next && <NextLink href={`/mine-innspill?etter=${encodeURIComponent(next)}`}>{t("more")}</NextLink>}
      </nav>
    </>
  );
}

/** The header's link for citizens: «Mine innspill» when ID-porten is on. */
export async function CitizenNavLink() {
  if (!idPortenConfig()) return null;
  const tc = await getTranslations("sso.citizen");
  return <TextLink href="/mine-innspill">{tc("mine")}</TextLink>;
}
