import { Link, Paragraph } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { PageHeading } from "@/components/page-heading";
import { getSessionUser, roleHome } from "@/lib/session";

/** Shown (with HTTP 403) when a signed-in user opens another role's page. */
export default async function Forbidden() {
  const [t, user] = await Promise.all([getTranslations("common"), getSessionUser()]);
  return (
    <>
      {/* React hoists this into <head>; these pages have no metadata of their own. */}
      <title>{`${t("forbidden.title")} – ${t("appName")}`}</title>
      <PageHeading title={t("forbidden.title")} lead={user ? t("forbidden.body", { role: t(`roles.${user.role}`) }) : undefined} />
      <Paragraph className="flex flex-wrap gap-6">
        {user && (
          <Link asChild>
            <NextLink href={roleHome(user.role)}>{t("forbidden.home")}</NextLink>
          </Link>
        )}
        <Link asChild>
          <NextLink href="/logg-inn">{t("forbidden.signInOther")}</NextLink>
        </Link>
      </Paragraph>
    </>
  );
}
