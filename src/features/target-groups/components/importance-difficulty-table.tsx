// The importance × difficulty matrix as a real table (from 640 px), so a screen reader announces
// each cell with its row and column header ("Middels, Veldig viktig: Prioritet …"). Shared by
// the design page's matrix and the group leaders' coverage matrix, which differ only in what a
// cell holds besides its strategy. Focusable and named, so it scrolls by keyboard when zoom
// makes it overflow.
import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Table, TableBody, TableCell, TableHead, TableHeaderCell, TableRow } from "@/components/ds";
import type { Difficulty, Importance } from "@/generated/prisma/enums";
import { DIFFICULTIES, IMPORTANCES, strategyFor } from "../strategy";

type Props = {
  /** The caption's id, which names the scrollable region. */
  id: string;
  caption: string;
  /** Width classes: the table's minimum and the row headers' column. */
  minWidth: string;
  headerWidth: string;
  strategyClassName: string;
  cell: (importance: Importance, difficulty: Difficulty) => ReactNode;
};

export async function ImportanceDifficultyTable({ id, caption, minWidth, headerWidth, strategyClassName, cell }: Props) {
  const t = await getTranslations("targetGroups");
  return (
    <div role="region" aria-labelledby={id} tabIndex={0} className="overflow-x-auto">
      <Table border className={`w-full ${minWidth} table-fixed`}>
        <caption id={id} className="mb-3 text-left text-base font-normal">
          {caption}
        </caption>
        <TableHead>
          <TableRow>
            <td className={headerWidth} />
            <TableHeaderCell scope="colgroup" colSpan={3} className="text-center">
              {t("matrix.importanceAxis")}
            </TableHeaderCell>
          </TableRow>
          <TableRow>
            <TableHeaderCell scope="col">{t("matrix.difficultyAxis")}</TableHeaderCell>
            {IMPORTANCES.map((i) => (
              <TableHeaderCell key={i} scope="col">
                {t(`importance.${i}`)}
              </TableHeaderCell>
            ))}
          </TableRow>
        </TableHead>
        <TableBody>
          {DIFFICULTIES.map((d) => (
            <TableRow key={d}>
              <TableHeaderCell scope="row">{t(`difficulty.${d}`)}</TableHeaderCell>
              {IMPORTANCES.map((i) => (
                <TableCell key={i} className="align-top" data-strategy={strategyFor(i, d)}>
                  <p className={strategyClassName}>{t(`strategy.${strategyFor(i, d)}`)}</p>
                  {cell(i, d)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
