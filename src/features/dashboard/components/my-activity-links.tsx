import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";

type Row = { status: string; activity: { id: string; title: string; startsAt: Date; endsAt: Date; status: string } };

/**
 * What a politician can do with one of their activities: put it in a calendar, record what
 * they heard once it has started, and evaluate the method once it is over. The pages behind
 * the links check the same rules on the server.
 */
export async function MyActivityLinks({ row, now = new Date() }: { row: Row; now?: Date }) {
  const t = await getTranslations("signups.home.links");
  const a = row.activity;
  const confirmed = row.status === "CONFIRMED" && a.status !== "CANCELLED";
  const links = [
    // A file, not a page: a plain link (client-side navigation would swallow the download).
    { href: `/politiker/aktiviteter/${a.id}/kalender`, label: t("ics"), show: a.status !== "CANCELLED", file: true },
    { href: `/politiker/aktiviteter/${a.id}/innspill`, label: t("record"), show: confirmed && a.startsAt <= now },
    { href: `/politiker/aktiviteter/${a.id}/evaluering`, label: t("evaluate"), show: confirmed && a.endsAt <= now },
  ].filter((l) => l.show);
  if (links.length === 0) return null;
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-2 text-sm">
      {links.map((l) => (
        <li key={l.href}>
          {"file" in l ? (
            <TextLink href={l.href} download>
              {l.label}
              <span className="sr-only">: {a.title}</span>
            </TextLink>
          ) : (
            <TextLink href={l.href}>
              {l.label}
              <span className="sr-only">: {a.title}</span>
            </TextLink>
          )}
        </li>
      ))}
    </ul>
  );
}
