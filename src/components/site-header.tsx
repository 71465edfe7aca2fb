import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { TextLink } from "@/components/text-link";
import { signOutAction } from "@/features/auth/actions";
import { CitizenNavLink } from "@/features/auth/sso/components/mine-inputs-page";
import { env } from "@/lib/env";
import { getSessionUser, roleHome } from "@/lib/session";
import { LanguageSwitch } from "./language-switch";

export async function SiteHeader() {
  const [t, user] = await Promise.all([getTranslations("common"), getSessionUser()]);
  const municipality = env().MEDVIRK_MUNICIPALITY;
  return (
    <header data-site-header className="border-b border-[var(--ds-color-neutral-border-subtle)] bg-[var(--ds-color-neutral-background-tinted)]">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3">
        <NextLink href="/" className="flex flex-col leading-tight no-underline text-inherit">
          <span className="text-xl font-bold">{t("appName")}</span>
          <span className="text-sm">{t("tagline", { municipality })}</span>
        </NextLink>
        <nav aria-label={t("mainNav")} className="flex flex-wrap items-center gap-x-5 gap-y-2">
          <TextLink href="/">{t("nav.home")}</TextLink>
          {user ? (
            <>
              <TextLink href={roleHome(user.role)}>
                {t(user.role === "ADMIN" ? "nav.admin" : user.role === "POLITICIAN" ? "nav.politician" : "nav.groupLeader")}
              </TextLink>
              <TextLink href="/konto">{t("nav.account")}</TextLink>
              <form action={signOutAction}>
                <button type="submit" className="ds-link cursor-pointer border-0 bg-transparent p-0">
                  {t("nav.signOut")}
                </button>
              </form>
            </>
          ) : (
            <>
              <CitizenNavLink />
              <TextLink href="/logg-inn">{t("nav.signIn")}</TextLink>
            </>
          )}
          <LanguageSwitch />
        </nav>
      </div>
      {user && (
        <p className="mx-auto max-w-6xl px-4 pb-2 text-sm">
          {t("signedInAs", { name: user.name })} · {t(`roles.${user.role}`)}
        </p>
      )}
    </header>
  );
}
