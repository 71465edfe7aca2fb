import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";
import { can, type Permission } from "@/lib/permissions";
import { getSessionUser } from "@/lib/session";

// The knowledge base's own pages; each link shows only to roles that may open it.
const LINKS: { href: string; key: string; permission: Permission }[] = [
  { href: "/admin/kunnskapsbase", key: "triage", permission: "input.triage" },
  { href: "/admin/kunnskapsbase/sok", key: "search", permission: "input.triage" },
  { href: "/admin/kunnskapsbase/til-vurdering", key: "review", permission: "input.moderate" },
  { href: "/admin/kunnskapsbase/emner", key: "topics", permission: "topic.manage" },
  { href: "/admin/kunnskapsbase/forslag", key: "suggestions", permission: "suggestion.train" },
  { href: "/kunnskapsgrunnlag", key: "report", permission: "knowledge.read" },
];

/** Secondary navigation between the knowledge base's pages; `current` is the active href. */
export async function KnowledgeNav({ current }: { current: string }) {
  const [t, user] = await Promise.all([getTranslations("knowledge.nav"), getSessionUser()]);
  const links = LINKS.filter((l) => can(user?.role, l.permission));
  if (links.length < 2) return null;
  return (
    <nav aria-label={t("label")} className="mb-6" data-no-print>
      <ul className="flex flex-wrap gap-x-6 gap-y-2">
        {links.map((l) => (
          <li key={l.href}>
            <TextLink href={l.href} aria-current={l.href === current ? "page" : undefined}>
              {t(l.key)}
            </TextLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
