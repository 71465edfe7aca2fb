// The triage forms on one input: status + public response, "mark as read", hide and show again.
// Each carries the inbox filter it was opened from, so the redirect after saving keeps it.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { ButtonForm } from "@/components/button-form";
import { Heading, Paragraph } from "@/components/ds";
import { SelectField, TextField } from "@/components/form-fields";
import { InputStatus } from "@/generated/prisma/enums";
import { hideInputAction, markInputReadAction, setInputStatusAction, unhideInputAction } from "../actions";
import type { InputDetail } from "../queries";
import { HIDE_REASONS, MAX_HIDE_NOTE, MAX_PUBLIC_RESPONSE } from "../schemas";

type Props = { input: InputDetail; filterQuery: string };

/** The input and the filter it was opened from, posted by every form here. */
function Hidden({ input, filterQuery }: Props) {
  return (
    <>
      <input type="hidden" name="inputId" value={input.id} />
      <input type="hidden" name="filter" value={filterQuery} />
    </>
  );
}

export async function StatusForms({ input, filterQuery }: Props) {
  const t = await getTranslations("inbox");
  const hidden = { inputId: input.id, filter: filterQuery };
  return (
    <section aria-labelledby="status-tittel" className="space-y-4">
      <Heading level={2} data-size="sm" id="status-tittel">
        {t("statusForm.heading")}
      </Heading>
      {input.status === "RECEIVED" && (
        <div className="space-y-2">
          <Paragraph>{t("statusForm.unread")}</Paragraph>
          <ButtonForm action={markInputReadAction} label={t("statusForm.markRead")} idPrefix="lest" className="space-y-2" hidden={hidden} />
        </div>
      )}
      <ActionForm action={setInputStatusAction} submitLabel={t("statusForm.submit")} idPrefix="status">
        <Hidden input={input} filterQuery={filterQuery} />
        <SelectField
          name="status"
          label={t("statusForm.status")}
          options={Object.values(InputStatus).map((s) => ({ value: s, label: t(`status.${s}`) }))}
          defaultValue={input.status}
        />
        <TextField
          name="publicResponse"
          label={t("statusForm.response")}
          description={t("statusForm.responseHelp", { max: MAX_PUBLIC_RESPONSE })}
          multiline
          rows={5}
          maxLength={MAX_PUBLIC_RESPONSE}
          defaultValue={input.publicResponse}
        />
      </ActionForm>
    </section>
  );
}

export async function HideForms({ input, filterQuery }: Props) {
  const t = await getTranslations("inbox");
  const hidden = { inputId: input.id, filter: filterQuery };
  return (
    <section aria-labelledby="skjul-tittel" className="space-y-4">
      <Heading level={2} data-size="sm" id="skjul-tittel">
        {input.isHidden ? t("hideForm.unhide") : t("hideForm.heading")}
      </Heading>
      <Paragraph>{t("hideForm.lead")}</Paragraph>
      {input.isHidden ? (
        <ButtonForm action={unhideInputAction} label={t("hideForm.unhide")} idPrefix="vis" hidden={hidden} />
      ) : (
        <ActionForm action={hideInputAction} submitLabel={t("hideForm.submit")} submitVariant="secondary" idPrefix="skjul">
          <Hidden input={input} filterQuery={filterQuery} />
          <SelectField
            name="reason"
            label={t("hideForm.reason")}
            emptyLabel={t("hideForm.chooseReason")}
            options={HIDE_REASONS.map((r) => ({ value: r, label: t(`hideReason.${r}`) }))}
            required
          />
          <TextField
            name="note"
            label={t("hideForm.note")}
            description={t("hideForm.noteHelp", { max: MAX_HIDE_NOTE })}
            multiline
            rows={3}
            maxLength={MAX_HIDE_NOTE}
          />
        </ActionForm>
      )}
    </section>
  );
}
