// The demo accounts beside the sign-in form in demo mode (MEDVIRK_DEMO=1). The route passes it
// to the sign-in page as a slot: demo sits on top of every feature, so auth does not import it.
import { getTranslations } from "next-intl/server";
import { Card, Heading, Paragraph } from "@/components/ds";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../accounts";

export async function DemoAccounts() {
  const t = await getTranslations("auth.signIn");
  return (
    <aside aria-labelledby="demo-kontoer">
      <Card data-color="info">
        <Heading level={2} data-size="xs" id="demo-kontoer">
          {t("demoTitle")}
        </Heading>
        <Paragraph data-size="sm">{t("demoBody", { password: DEMO_PASSWORD })}</Paragraph>
        <ul className="mt-2 space-y-1 text-sm">
          {DEMO_ACCOUNTS.map((a) => (
            <li key={a.email}>
              <code>{a.email}</code>
            </li>
          ))}
        </ul>
      </Card>
    </aside>
  );
}
