// An input's screening flags in words ("Telefonnummer", "Mulig krenkende", …). A flag without a
// text of its own is named generally, never shown as its raw code.
import { getTranslations } from "next-intl/server";
import { Tag } from "@/components/ds";
import { SCREENING_FLAGS, type ScreeningFlag } from "../../screening/screen";

export async function FlagList({ flags }: { flags: string[] }) {
  const t = await getTranslations("knowledgeModeration.flag");
  const known = (f: string): f is ScreeningFlag | "needs-moderation" => (SCREENING_FLAGS as readonly string[]).includes(f) || f === "needs-moderation";
  const label = (f: string) => (known(f) ? t(f) : t("other"));
  return (
    <ul className="flex flex-wrap gap-2">
      {flags.map((f) => (
        <li key={f}>
          <Tag data-color={f === "abuse" ? "danger" : "warning"}>{label(f)}</Tag>
        </li>
      ))}
    </ul>
  );
}
