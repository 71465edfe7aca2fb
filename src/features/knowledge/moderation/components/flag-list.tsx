// An input's screening flags in words ("Telefonnummer", "Mulig krenkende", …).
import { Tag } from "@digdir/designsystemet-react";
import { getTranslations } from "next-intl/server";
import { SCREENING_FLAGS, type ScreeningFlag } from "../../screening/screen";

export async function FlagList({ flags }: { flags: string[] }) {
  const t = await getTranslations("knowledgeModeration.flag");
  const label = (f: string) => ((SCREENING_FLAGS as readonly string[]).includes(f) ? t(f as ScreeningFlag) : t("other", { flag: f }));
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
