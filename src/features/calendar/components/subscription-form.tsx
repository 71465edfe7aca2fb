"use client";

// Make, renew or turn off the calendar subscription. The new address is shown once, in a
// read-only field (select and copy it by hand without JavaScript; a copy button with it).
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { Alert, Button, Field, Input, Label, Paragraph } from "@/components/ds";
import { TextLink } from "@/components/text-link";
import type { ActionState } from "@/lib/action";
import { calendarSubscriptionAction, type SubscriptionResult } from "../actions";
import { CopyButton } from "./copy-button";

const FIELD_ID = "kalender-adresse";

export function SubscriptionForm({ active }: { active: boolean }) {
  const t = useTranslations("calendar.section");
  const [state, action, pending] = useActionState<ActionState<SubscriptionResult>, FormData>(calendarSubscriptionAction, { status: "idle" });
  const url = state.status === "success" ? state.data.url : null;
  return (
    <form action={action} className="max-w-2xl space-y-4">
      {state.status === "error" && (
        <Alert data-color="danger" role="alert">
          {state.message}
        </Alert>
      )}
      {url ? (
        <>
          <Alert data-color="success" role="status">
            {t("created")}
          </Alert>
          <Field>
            <Label htmlFor={FIELD_ID}>{t("urlLabel")}</Label>
            <div id={`${FIELD_ID}-beskrivelse`} className="ds-field__description text-sm">
              {t("secret")}
            </div>
            <Input id={FIELD_ID} readOnly value={url} aria-describedby={`${FIELD_ID}-beskrivelse`} onFocus={(e) => e.currentTarget.select()} />
          </Field>
          <div className="flex flex-wrap items-center gap-4">
            <CopyButton text={url} label={t("copy")} done={t("copied")} failed={t("copyFailed")} />
            <TextLink href={url.replace(/^https?:/, "webcal:")} native>
              {t("open")}
            </TextLink>
          </div>
        </>
      ) : (
        <Paragraph>{state.status === "success" && state.data.turnedOff ? t("turnedOff") : active ? t("on") : t("off")}</Paragraph>
      )}
      <div className="flex flex-wrap items-center gap-4">
        <Button type="submit" name="intent" value="renew" variant={active || url ? "secondary" : "primary"} aria-disabled={pending || undefined}>
          {active || url ? t("renew") : t("create")}
        </Button>
        {(active || url) && (
          <Button type="submit" name="intent" value="off" variant="tertiary" aria-disabled={pending || undefined}>
            {t("turnOff")}
          </Button>
        )}
      </div>
    </form>
  );
}
