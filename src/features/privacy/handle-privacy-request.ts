// The administration answers a citizen's privacy request. Erasure keeps nothing that came
// from the person: the text and answers are replaced, contact details deleted, the input
// hidden from every list and report (its counts stay: "an input came by this channel").
// Correction replaces the text with the corrected one (the original is not kept).
import { arrivalFields } from "@/features/knowledge/arrival";
import { cancelMailForInputs } from "@/features/mail/cancel";
import type { Actor } from "@/lib/action";
import type { Tx } from "@/lib/db";
import { AppError } from "@/lib/errors";
import type { HandlePrivacyRequestInput } from "./schemas";

export const ERASED_TEXT = "[Slettet etter ønske fra innsenderen]";

export type HandledPrivacyRequest = { id: string; processId: string | null; handling: HandlePrivacyRequestInput["handling"] };

export async function handlePrivacyRequest(tx: Tx, actor: Actor, input: HandlePrivacyRequestInput, now = new Date()): Promise<HandledPrivacyRequest> {
  // Row lock: two administrators answering the same request at once — the second is refused.
  const [request] = await tx.$queryRaw<{ id: string; input_id: string | null; status: string }[]>`
    SELECT id, input_id, status::text FROM privacy_request WHERE id = ${input.id}::uuid FOR UPDATE`;
  if (!request) throw new AppError("NOT_FOUND", "notFound");
  if (request.status !== "OPEN") throw new AppError("CONFLICT", "privacy.alreadyHandled");
  const target = request.input_id ? await tx.input.findUnique({ where: { id: request.input_id }, select: { id: true, processId: true } }) : null;
  if ((input.handling === "ERASE" || input.handling === "CORRECT") && !target) throw new AppError("CONFLICT", "privacy.inputGone");

  if (input.handling === "ERASE" && target) {
    await tx.input.update({
      where: { id: target.id },
      data: {
        text: ERASED_TEXT,
        redactedText: null,
        answers: {},
        searchLemmas: "",
        isHidden: true,
        hiddenReason: ERASED_TEXT,
        anonymisedAt: now,
      },
    });
    await tx.inputContact.deleteMany({ where: { inputId: target.id } });
    // E-mails still queued for the address are not sent now (#22).
    await cancelMailForInputs(tx, [target.id]);
    // Quotes of it on «Dette har vi hørt» go too.
    await tx.heardQuote.deleteMany({ where: { inputId: target.id } });
  }
  if (input.handling === "CORRECT" && target) {
    const { searchLemmas } = arrivalFields(input.correctedText);
    await tx.input.update({ where: { id: target.id }, data: { text: input.correctedText, redactedText: null, searchLemmas } });
  }
  await tx.privacyRequest.update({
    where: { id: request.id },
    data: {
      status: input.handling === "REFUSE" ? "REFUSED" : "DONE",
      resolution: input.resolution,
      handledAt: now,
      handledById: actor.id,
    },
  });
  return { id: request.id, processId: target?.processId ?? null, handling: input.handling };
}
