"use client";

import { useTranslations } from "next-intl";
import { ActionForm } from "@/components/action-form";
import { resendOutboxMessageAction } from "../actions";

/** «Send på nytt» for a DEAD message: back in the queue, due now (through the gate, audited). */
export function ResendForm({ messageId }: { messageId: string }) {
  const t = useTranslations("mail.outbox");
  return (
    <ActionForm action={resendOutboxMessageAction} submitLabel={t("resend")} successMessage={t("resent")}>
      <p>{t("resendHelp")}</p>
      <input type="hidden" name="messageId" value={messageId} />
    </ActionForm>
  );
}
