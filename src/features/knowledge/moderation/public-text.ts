// OWNED BY THE MODERATION SLICE. The text of an input that may be shown outside the
// administration (report quotes, "Dette har vi hørt"): the redacted version when there is
// one, the original only when nothing was flagged; otherwise null (not quotable).
export type QuotableInput = { text: string; redactedText: string | null; flags: string[]; heldForReview: boolean; isHidden: boolean };

export function publicText(input: QuotableInput): string | null {
  if (input.isHidden) return null;
  if (input.redactedText != null && input.redactedText.trim() !== "") return input.redactedText;
  if (input.heldForReview || input.flags.length > 0) return null;
  return input.text;
}
