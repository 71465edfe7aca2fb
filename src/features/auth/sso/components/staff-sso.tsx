// The Entra ID part of the sign-in page: the «Logg inn med <kommunen>-konto» button first,
// a refusal explained in words, and after sign-out the offer to end the Entra session too.
// A plain link (GET) so it works without JavaScript.
import { getTranslations } from "next-intl/server";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { requestOrigin } from "@/lib/request-origin";
import type { EntraConfig } from "../config";
import { endSessionUrl } from "../oidc-flow";

const REASONS = [
  "state",
  "provider",
  "token",
  "expired",
  "acr",
  "client",
  "noAccount",
  "deactivated",
  "unverified",
  "linkedElsewhere",
  "groupsUnavailable",
  "unavailable",
] as const;

export async function StaffSsoError({ config, reason }: { config: EntraConfig; reason: string | undefined }) {
  const t = await getTranslations("sso.staff");
  const known = REASONS.find((r) => r === reason);
  if (!known) return null;
  return (
    <Alert data-color="danger" className="mb-6" role="alert">
      {t(`errors.${known}`, { label: config.label })}
    </Alert>
  );
}

export async function StaffSignedOut({ config }: { config: EntraConfig }) {
  const t = await getTranslations("sso.staff");
  const origin = await requestOrigin();
  const url = await endSessionUrl(config, `${origin}/logg-inn`);
  return (
    <Alert data-color="success" className="mb-6">
      <Paragraph>{t("signedOut")}</Paragraph>
      {url && (
        <Paragraph>
          <a href={url}>{t("endSession", { label: config.label })}</a>
        </Paragraph>
      )}
    </Alert>
  );
}

export async function StaffSsoButton({ config, returnTo }: { config: EntraConfig; returnTo: string }) {
  const t = await getTranslations("sso.staff");
  const href = `/api/sso/entra/start${returnTo ? `?tilbake=${encodeURIComponent(returnTo)}` : ""}`;
  return (
    <div className="mb-8">
      <a href={href} className="ds-button" data-variant="primary" data-size="lg">
        {t("button", { label: config.label })}
      </a>
      {config.passwordsOff ? (
        <Paragraph className="mt-4">{t("passwordsOff", { label: config.label })}</Paragraph>
      ) : (
        <Heading level={2} data-size="xs" className="mt-8">
          {t("orPassword")}
        </Heading>
      )}
    </div>
  );
}
