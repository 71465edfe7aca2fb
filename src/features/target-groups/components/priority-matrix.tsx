// The importance × difficulty matrix. From 640 px it is a real table, so a screen reader
// announces each cell with its row and column header ("Middels, Veldig viktig: Prioritet …");
// narrower (a phone, or 400 % zoom) the same cells reflow as a list, row by row, because a
// four-column table cannot be read at 390 px.
import { getTranslations } from "next-intl/server";
import { TextLink } from "@/components/text-link";
import type { TargetGroupRow } from "../queries";
import { DIFFICULTIES, IMPORTANCES, strategyFor } from "../strategy";
import { ImportanceDifficultyTable } from "./importance-difficulty-table";

type Group = Pick<TargetGroupRow, "id" | "name" | "importance" | "difficulty">;

export async function PriorityMatrix({ groups }: { groups: Group[] }) {
  const t = await getTranslations("targetGroups");
  const cells = DIFFICULTIES.map((d) =>
    IMPORTANCES.map((i) => ({
      difficulty: d,
      importance: i,
      strategy: strategyFor(i, d),
      groups: groups.filter((g) => g.importance === i && g.difficulty === d),
    })),
  );
  const groupLinks = (here: Group[]) =>
    here.length === 0 ? (
      <p className="mt-1 text-sm text-[var(--ds-color-neutral-text-subtle)]">{t("matrix.emptyCell")}</p>
    ) : (
      <ul className="mt-1 space-y-1 text-sm">
        {here.map((g) => (
          <li key={g.id}>
            {/* To the group's card, where its move form is. */}
            <TextLink href={`#malgruppe-${g.id}`}>{g.name}</TextLink>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <div className="hidden sm:block">
        <ImportanceDifficultyTable
          id="matrise-tittel"
          caption={t("matrix.caption")}
          minWidth="min-w-[36rem]"
          headerWidth="w-[22%]"
          strategyClassName="font-bold"
          cell={(i, d) => groupLinks(groups.filter((g) => g.importance === i && g.difficulty === d))}
        />
      </div>
      <div className="sm:hidden">
        <p id="matrise-liste" className="mb-3">
          {t("matrix.caption")}
        </p>
        <ul aria-labelledby="matrise-liste" className="space-y-5">
          {cells.map((row, r) => (
            <li key={DIFFICULTIES[r]}>
              <p className="font-bold">{t(`matrix.rowHeading.${DIFFICULTIES[r]!}`)}</p>
              <ul className="mt-2 space-y-3 border-l-4 border-[var(--ds-color-neutral-border-subtle)] pl-3">
                {row.map((c) => (
                  <li key={c.importance} data-strategy={c.strategy}>
                    <p className="font-bold">{t("matrix.cell", { strategy: t(`strategy.${c.strategy}`), importance: t(`importance.${c.importance}`) })}</p>
                    {groupLinks(c.groups)}
                  </li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
