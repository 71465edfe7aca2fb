import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";
import { getSessionUser } from "@/lib/session";

const LINKS = [
  { href: "/admin", key: "home" },
  { href: "/admin/prosesser", key: "processes" },
  { href: "/admin/innspill", key: "inputs" },
  { href: "/admin/kunnskapsbase", key: "knowledge" },
  { href: "/admin/verktoybank", key: "toolbox" },
  { href: "/admin/temaplaner", key: "plans" },
  { href: "/admin/brukere", key: "users" },
  { href: "/admin/bydeler", key: "districts" },
  { href: "/admin/personvern", key: "privacy" },
  { href: "/admin/endringslogg", key: "audit" },
  { href: "/admin/befolkning", key: "population" },
  { href: "/admin/utsending", key: "outbox" },
] as const;

/** Secondary navigation of the admin area (rendered by app/admin/layout.tsx). */
export async function AdminNav() {
  const [t, user] = await Promise.all([getTranslations("admin.nav"), getSessionUser()]);
  if (user?.role !== "ADMIN") return null;
  return (
    <nav aria-label={t("label")} className="mb-6" data-no-print>
      <ul className="flex flex-wrap gap-x-6 gap-y-2 text-sm">
        {LINKS.map((l) => (
          <li key={l.href}>
            <TextLink href={l.href}>{t(l.key)}</TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
