// Target-group coverage on the importance × difficulty matrix: every group in its cell with
// held / planned activities, evaluations saying reached and inputs, and a flag in words (not
// colour alone) on prioritised groups not reached and «Ikke bruk energi» groups taking many
// activities. A real table from 640 px; a list of cells below, like the design page's matrix.
import { getTranslations } from "next-intl/server";
import { Heading, Paragraph, Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import { ImportanceDifficultyTable } from "@/features/target-groups/components/importance-difficulty-table";
import { DIFFICULTIES, IMPORTANCES, strategyFor } from "@/features/target-groups/strategy";
import type { ProgressDashboard } from "../progress-queries";

type Group = ProgressDashboard["coverage"][number];

export async function CoverageMatrix({ groups, base }: { groups: Group[]; base: string }) {
  const [t, tg] = await Promise.all([getTranslations("groupLeader.coverage"), getTranslations("targetGroups")]);
  const cell = (importance: string, difficulty: string) => groups.filter((g) => g.importance === importance && g.difficulty === difficulty);
  const list = (here: Group[]) =>
    here.length === 0 ? (
      <p className="text-sm">{t("emptyCell")}</p>
    ) : (
      <ul className="space-y-2 text-sm">
        {here.map((g) => (
          <li key={g.id} data-testid={`malgruppe-${g.name}`}>
            <TextLink href={`${base}/malgrupper/${g.id}`}>{g.name}</TextLink>
            {g.flag && (
              <>
                {" "}
                <Tag data-color={g.flag === "NOT_REACHED" ? "danger" : "warning"} data-size="sm">
                  {g.flag === "NOT_REACHED" ? "⚠ " : "ℹ "}
                  {t(`flag.${g.flag}`)}
                </Tag>
              </>
            )}
            <br />
            <span>{t("counts", { held: g.held, planned: g.planned, reached: g.reached, inputs: g.inputs })}</span>
          </li>
        ))}
      </ul>
    );
  return (
    <>
      <div className="hidden sm:block">
        <ImportanceDifficultyTable
          id="dekning-matrise"
          caption={t("caption")}
          minWidth="min-w-[40rem]"
          headerWidth="w-[18%]"
          strategyClassName="mb-2 text-sm font-semibold"
          cell={(i, d) => list(cell(i, d))}
        />
      </div>
      <div className="space-y-4 sm:hidden">
        {DIFFICULTIES.flatMap((d) =>
          IMPORTANCES.map((i) => (
            <section key={`${d}-${i}`} aria-label={`${tg(`difficulty.${d}`)}, ${tg(`importance.${i}`)}`}>
              <Heading level={3} data-size="2xs">
                {tg(`strategy.${strategyFor(i, d)}`)}
              </Heading>
              <Paragraph data-size="sm">
                {tg(`difficulty.${d}`)}, {tg(`importance.${i}`)}
              </Paragraph>
              {list(cell(i, d))}
            </section>
          )),
        )}
      </div>
    </>
  );
}
