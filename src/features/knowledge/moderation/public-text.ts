// The text of an input that may be shown outside the
// administration (report quotes, "Dette har vi hørt"): nothing while it is hidden or held for
// review; then the redacted version when there is one; the original only when nothing is
// flagged (a moderator's "Godkjenn" without redaction clears the flags). Otherwise null.
export type QuotableInput = { text: string; redactedText: string | null; flags: string[]; heldForReview: boolean; isHidden: boolean };

export function publicText(input: QuotableInput): string | null {
  if (input.isHidden || input.heldForReview) return null;
  if (input.redactedText != null && input.redactedText.trim() !== "") return input.redactedText;
  if (input.flags.length > 0) return null;
  return input.text;
}
