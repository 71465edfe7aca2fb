// Every group with its place on the matrix, what uses it, and a form to move it.
import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph, Tag } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import type { TargetGroupRow } from "../queries";
import { strategyFor } from "../strategy";
import { MoveForm } from "./move-form";

export async function TargetGroupList({ processId, groups, editable }: { processId: string; groups: TargetGroupRow[]; editable: boolean }) {
  const t = await getTranslations("targetGroups");
  if (groups.length === 0) return <Paragraph>{t("list.empty")}</Paragraph>;
  return (
    <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
      {groups.map((g) => (
        <li key={g.id} id={`malgruppe-${g.id}`} tabIndex={-1} className="min-w-0 scroll-mt-4">
          <Card data-color="neutral" className="h-full space-y-3">
            <div className="flex flex-wrap items-baseline justify-between gap-2">
              <Heading level={3} data-size="2xs">
                {g.name}
              </Heading>
              <TextLink className="text-sm" href={`/admin/prosesser/${processId}/malgrupper/${g.id}`}>
                {t("list.edit")}
                <span className="sr-only"> {g.name}</span>
              </TextLink>
            </div>
            <p className="flex flex-wrap gap-2">
              <Tag data-color="accent" className="max-w-full">
                {t("list.placement", {
                  strategy: t(`strategy.${strategyFor(g.importance, g.difficulty)}`),
                  importance: t(`importance.${g.importance}`),
                  difficulty: t(`difficulty.${g.difficulty}`),
                })}
              </Tag>
              {g.audience && (
                <Tag data-color="neutral" className="max-w-full">
                  {t("list.audience", { audience: g.audience.name })}
                </Tag>
              )}
            </p>
            {g.description && <Paragraph data-size="sm">{g.description}</Paragraph>}
            <p className="text-sm">{t("list.usage", { activities: g._count.activities, inputs: g._count.inputs })}</p>
            {editable && <MoveForm processId={processId} group={g} />}
          </Card>
        </li>
      ))}
    </ul>
  );
}
