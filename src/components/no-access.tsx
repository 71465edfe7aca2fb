import { getTranslations } from "next-intl/server";
import { Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { TextLink } from "@/components/text-link";
import { getSessionUser, roleHome } from "@/lib/session";

// The no-access page (HTTP 403), shown when a signed-in user opens another role's page:
// pageForbidden() sends the browser to it, and app/not-found.tsx renders it on the server.

export async function NoAccess() {
  const [t, user] = await Promise.all([getTranslations("common"), getSessionUser()]);
  return (
    <>
      {/* React hoists this into <head>; these pages have no metadata of their own. */}
      <title>{`${t("forbidden.title")} – ${t("appName")}`}</title>
      <PageHeading title={t("forbidden.title")} lead={user ? t("forbidden.body", { role: t(`roles.${user.role}`) }) : undefined} />
      <Paragraph className="flex flex-wrap gap-6">
        {user && <TextLink href={roleHome(user.role)}>{t("forbidden.home")}</TextLink>}
        <TextLink href="/logg-inn">{t("forbidden.signInOther")}</TextLink>
      </Paragraph>
    </>
  );
}
