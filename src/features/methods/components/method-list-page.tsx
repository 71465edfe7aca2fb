import { getTranslations } from "next-intl/server";
import NextLink from "next/link";
import { Alert, Button, Card, Heading, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";
import { Section } from "@/components/section";
import { TextLink } from "@/components/text-link";
import { countMethods, getMethod, listAudiences, listMethods, type MethodListItem } from "../queries";
import { methodFilterSchema } from "../schemas";
import { MethodFacts } from "./method-facts";
import { MethodFilter } from "./method-filter";

type SearchParams = Record<string, string | string[] | undefined>;

const EXCERPT = 180;
/** The first sentences up to about EXCERPT characters, cut at a word. */
function excerpt(text: string) {
  if (text.length <= EXCERPT) return text;
  const cut = text.slice(0, EXCERPT);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), EXCERPT / 2)).replace(/[\s,.;:–-]+$/, "")} …`;
}

export async function MethodListPage({ searchParams }: { searchParams: SearchParams }) {
  const params = methodFilterSchema.parse(searchParams);
  const audiences = await listAudiences();
  // An unknown target group in the URL (renamed, deleted) shows the whole toolbox rather than nothing.
  const audience = audiences.find((a) => a.slug === params.malgruppe);
  const addedId = typeof searchParams["lagt-til"] === "string" ? searchParams["lagt-til"] : undefined;
  const [t, methods, total, added] = await Promise.all([
    getTranslations("methods"),
    listMethods({ audienceId: audience?.id, maxEffort: params.innsats, channel: params.kanal, q: params.sok }),
    countMethods(),
    addedId ? getMethod(addedId) : null,
  ]);
  return (
    <>
      <PageHeading title={t("title")} lead={t("lead")} />
      {added && (
        <Alert data-color="success" role="status" className="mb-6">
          {t("create.created", { name: added.name })}
        </Alert>
      )}
      {searchParams.slettet === "1" && (
        <Alert data-color="success" role="status" className="mb-6">
          {t("delete.deleted")}
        </Alert>
      )}
      <p className="mb-8">
        <Button asChild variant="secondary">
          <NextLink href="/admin/verktoybank/ny">{t("newMethod")}</NextLink>
        </Button>
      </p>
      <MethodFilter params={{ ...params, malgruppe: audience?.slug }} audiences={audiences} />
      <Section id="metoder-tittel" heading={t("results")} headingClassName="mb-2">
        <Paragraph className="mb-4">{t("showing", { count: methods.length, total })}</Paragraph>
        {methods.length === 0 ? (
          <Paragraph>{t("empty")}</Paragraph>
        ) : (
          <ul className="grid grid-cols-1 gap-4 md:grid-cols-2">
            {methods.map((m) => (
              <MethodCard key={m.id} method={m} />
            ))}
          </ul>
        )}
      </Section>
    </>
  );
}

async function MethodCard({ method }: { method: MethodListItem }) {
  const t = await getTranslations("methods");
  return (
    <li className="min-w-0">
      <Card data-color="neutral" className="h-full space-y-3">
        <Heading level={3} data-size="xs">
          <TextLink href={`/admin/verktoybank/${method.id}`}>{method.name}</TextLink>
        </Heading>
        <Paragraph data-size="sm">{excerpt(method.description)}</Paragraph>
        <MethodFacts method={method} />
        <Paragraph data-size="sm" className="font-semibold">
          {t("usedIn", { count: method._count.activities })}
        </Paragraph>
      </Card>
    </li>
  );
}
