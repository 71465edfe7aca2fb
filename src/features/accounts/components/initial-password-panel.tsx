"use client";

// Shows a server-made initial password once, right after it was made. Focus moves here so a
// screen reader announces it; nothing stores it, so a reload shows it no more.
import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { Alert, Heading, Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";

type Props = { kind: "created" | "reset"; name: string; email: string; password: string; userId: string };

export function InitialPasswordPanel({ kind, name, email, password, userId }: Props) {
  const t = useTranslations("accounts.initialPassword");
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby="startpassord-tittel" className="max-w-xl space-y-4">
      <Alert data-color="success">{t(kind, { name })}</Alert>
      {/* Under the account page's own "new initial password" heading when reset. */}
      <Heading level={kind === "created" ? 2 : 3} data-size="sm" id="startpassord-tittel" ref={heading} tabIndex={-1}>
        {t("title")}
      </Heading>
      <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-2">
        <dt className="font-semibold">{t("email")}</dt>
        <dd>{email}</dd>
        <dt className="font-semibold">{t("password")}</dt>
        <dd>
          <code className="text-xl tracking-wider" data-testid="startpassord">
            {password}
          </code>
        </dd>
      </dl>
      <Alert data-color="warning">
        <Paragraph>{t("once")}</Paragraph>
      </Alert>
      <Paragraph>{t("handOver", { name })}</Paragraph>
      <Paragraph>{t("firstSignIn")}</Paragraph>
      <p className="flex flex-wrap gap-6">
        <TextLink href={`/admin/brukere/${userId}`} native>
          {t("toAccount", { name })}
        </TextLink>
        {kind === "created" && (
          // A full page load on purpose: a client navigation to the same route would keep this state.
          <TextLink href="/admin/brukere/ny" native>
            {t("another")}
          </TextLink>
        )}
      </p>
    </section>
  );
}
