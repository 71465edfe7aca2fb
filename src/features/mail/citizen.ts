// What a citizen who left an e-mail address (and said yes to being contacted) hears from us:
// the receipt, an answer or a change of status, and the publication of «Dette har vi hørt» —
// in the language they wrote in. Only their own receipt code and the staff's public answer are
// ever in a message; never anyone's words or contact details.
import { createHash } from "node:crypto";
import type { Tx } from "@/lib/db";
import { LANGUAGE_PARAM, type UiLocale } from "@/lib/i18n/config";
import { translator } from "@/lib/i18n/translator";
import { mailOrigin } from "./config";
import { enqueue, outboxRows, uiLocaleOf, type OutboxRow, type OutgoingMail } from "./enqueue";

const receiptLink = (origin: string, code: string, locale: UiLocale) => `${origin}/kvittering/${code}?${LANGUAGE_PARAM}=${locale}`;

/** What the receipt needs of the public form (forms/queries.ts's PublicForm fits it). */
export type ReceiptForm = { fields: readonly { type: string; key: string }[]; process: { id: string; title: string } };

/**
 * The receipt e-mail as outbox rows, for the public form's one-statement submission to write
 * with the input (submit-public-input.ts): none unless the form has a contact field whose
 * consent box was ticked and an address given.
 */
export async function inputReceiptRows(args: {
  form: ReceiptForm;
  answers: Record<string, unknown>;
  receiptCode: string;
  locale: UiLocale;
}): Promise<OutboxRow[]> {
  const contact = args.form.fields.find((f) => f.type === "CONTACT");
  if (!contact || !args.answers[`${contact.key}_consent`]) return [];
  const email = String(args.answers[`${contact.key}_email`] ?? "").trim();
  if (!email) return [];
  const origin = await mailOrigin();
  const t = translator(args.locale);
  return outboxRows(
    [
      {
        kind: "INPUT_RECEIPT",
        recipient: email,
        locale: args.locale,
        content: {
          subject: t("mail.receipt.subject", { process: args.form.process.title }),
          paragraphs: [
            t("mail.receipt.intro", { process: args.form.process.title }),
            t("mail.receipt.code", { code: args.receiptCode }),
            t("mail.receipt.next"),
          ],
          action: { label: t("mail.receipt.link"), url: receiptLink(origin, args.receiptCode, args.locale) },
        },
        why: t("mail.footer.whyCitizen"),
        dedupeKey: `receipt:${args.receiptCode}`,
        processId: args.form.process.id,
      },
    ],
    origin,
  );
}

const ANSWERED = new Set(["USED", "NOT_USED"]);

type AnsweredRow = {
  id: string;
  status: string;
  public_response: string;
  language: string;
  receipt_code: string;
  process_id: string;
  process_title: string;
  email: string;
};

/** The inputs among `inputIds` that have an address, with what their message needs: one query for any number. */
const answeredRows = (tx: Tx, inputIds: string[]) =>
  tx.$queryRaw<AnsweredRow[]>`
    SELECT i.id, i.status::text AS status, i.public_response, i.language::text AS language, i.receipt_code, i.process_id,
           p.title AS process_title, btrim(c.email) AS email
    FROM input i JOIN input_contact c ON c.input_id = i.id JOIN process p ON p.id = i.process_id
    WHERE i.id = ANY(${inputIds}::uuid[]) AND btrim(c.email) <> ''
    ORDER BY i.id`;

function answeredMail(input: AnsweredRow, origin: string): OutgoingMail {
  const locale = uiLocaleOf(input.language);
  const t = translator(locale);
  const response = input.public_response.trim();
  const paragraphs = [t("mail.answered.intro", { process: input.process_title, code: input.receipt_code })];
  paragraphs.push(t("mail.answered.status", { status: t(`mail.status.${input.status}`) }));
  if (response) paragraphs.push(t("mail.answered.response"), response);
  const digest = createHash("sha256").update(input.public_response).digest("hex").slice(0, 16);
  return {
    kind: "INPUT_ANSWERED",
    recipient: input.email,
    locale,
    content: {
      subject: t("mail.answered.subject", { process: input.process_title }),
      paragraphs,
      action: { label: t("mail.receipt.link"), url: receiptLink(origin, input.receipt_code, locale) },
    },
    why: t("mail.footer.whyCitizen"),
    // The same status and answer are never sent twice.
    dedupeKey: `answered:${input.id}:${input.status}:${digest}`,
    processId: input.process_id,
    inputId: input.id,
  };
}

/**
 * After an input's status or public answer changed (the inbox calls setInputStatus): the
 * citizen hears of a decision (used / not used) or a new public answer. Marking as read is
 * not news.
 */
export async function enqueueInputAnswered(tx: Tx, args: { inputId: string; was: { status: string; publicResponse: string } }): Promise<void> {
  const [input] = await answeredRows(tx, [args.inputId]);
  if (!input) return;
  const newAnswer = input.public_response.trim() !== "" && input.public_response !== args.was.publicResponse;
  const decided = ANSWERED.has(input.status) && input.status !== args.was.status;
  if (!newAnswer && !decided) return;
  const origin = await mailOrigin();
  await enqueue(tx, [answeredMail(input, origin)], origin);
}

/** Of `inputIds`, those whose status is not `status` yet and that have a contact address: who a bulk decision is news to. */
export async function inputsToTell(tx: Tx, inputIds: string[], status: string): Promise<string[]> {
  if (!ANSWERED.has(status) || inputIds.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT i.id FROM input i JOIN input_contact c ON c.input_id = i.id
    WHERE i.id = ANY(${inputIds}::uuid[]) AND i.status::text <> ${status} AND btrim(c.email) <> ''`;
  return rows.map((r) => r.id);
}

/**
 * After a bulk status change (triage): each input in `inputIds` (from inputsToTell) hears of
 * the decision. Set-based: one read and one insert (per 500 messages), however many inputs.
 */
export async function enqueueInputsDecided(tx: Tx, inputIds: string[]): Promise<number> {
  if (inputIds.length === 0) return 0;
  const rows = await answeredRows(tx, inputIds);
  if (rows.length === 0) return 0;
  const origin = await mailOrigin();
  return enqueue(
    tx,
    rows.map((r) => answeredMail(r, origin)),
    origin,
  );
}

/**
 * «Dette har vi hørt» is published for a process: everyone who gave an address with a visible
 * input to it (not one moderation hid as spam or abuse) hears once (one message per address, in the language of their newest input), however
 * often the page is taken down and published again.
 */
export async function enqueueHeardPublished(tx: Tx, args: { processId: string }): Promise<number> {
  const process = await tx.process.findUnique({ where: { id: args.processId }, select: { title: true, slug: true } });
  if (!process) return 0;
  const contacts = await tx.$queryRaw<{ email: string; language: string; input_id: string }[]>`
    SELECT DISTINCT ON (lower(btrim(c.email))) btrim(c.email) AS email, i.language::text AS language, i.id AS input_id
    FROM input_contact c JOIN input i ON i.id = c.input_id
    WHERE i.process_id = ${args.processId}::uuid AND btrim(c.email) <> '' AND NOT i.is_hidden
    ORDER BY lower(btrim(c.email)), i.submitted_at DESC, i.id DESC`;
  if (contacts.length === 0) return 0;
  const origin = await mailOrigin();
  const messages: OutgoingMail[] = contacts.map((c) => {
    const locale = uiLocaleOf(c.language);
    const t = translator(locale);
    return {
      kind: "HEARD_PUBLISHED",
      recipient: c.email,
      locale,
      content: {
        subject: t("mail.heard.subject", { process: process.title }),
        paragraphs: [t("mail.heard.intro", { process: process.title }), t("mail.heard.thanks")],
        action: { label: t("mail.heard.link"), url: `${origin}/prosesser/${process.slug}/dette-har-vi-hort?${LANGUAGE_PARAM}=${locale}` },
      },
      why: t("mail.footer.whyCitizen"),
      dedupeKey: `heard:${args.processId}:${c.email.toLowerCase()}`,
      processId: args.processId,
      inputId: c.input_id,
    };
  });
  return enqueue(tx, messages, origin);
}
