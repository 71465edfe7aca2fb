// The page of last resort when the form cannot be rendered again: the citizen's text is on it,
// and «Send på nytt» posts every field again (the same idempotency key: never stored twice).
import { describe, expect, it } from "vitest";
import { retryFallbackHtml } from "@/features/inputs/submit/retry-fallback-page";

const state = {
  status: "error" as const,
  message: "Vi får ikke lagret akkurat nå. Det du skrev, står fortsatt i skjemaet – prøv igjen om litt.",
  fieldErrors: {},
  values: {},
  requestId: "req-1",
};
const text = 'Benker ved elva <b>nå</b> & "lys".\nOg toaletter.';
const sent: [string, string[]][] = [
  ["innspill", [text]],
  ["kategori", ["NEED"]],
  ["malgruppe", ["a", "b"]],
  ["idempotencyKey", ["5b0f…"]],
];

describe("retryFallbackHtml", () => {
  const html = retryFallbackHtml(state, sent, "/skjema/demre-innspill/send", "/skjema/demre-innspill?sprak=nn", "nn");
  it("shows the message and what was written, escaped, in the form's language", () => {
    expect(html).toContain('<html lang="nn">');
    expect(html).toContain("Innspelet vart ikkje sendt");
    expect(html).toContain("Vi får ikke lagret akkurat nå");
    expect(html).toContain("Benker ved elva &#60;b&#62;nå&#60;/b&#62; &#38; &#34;lys&#34;.\nOg toaletter.</textarea>");
    expect(html).not.toContain("<b>");
  });
  it("posts every field again, repeated ones as repeated fields", () => {
    expect(html).toContain('<form method="post" action="/skjema/demre-innspill/send"');
    for (const field of ['name="kategori" value="NEED"', 'name="malgruppe" value="a"', 'name="malgruppe" value="b"', 'name="idempotencyKey" value="5b0f…"'])
      expect(html).toContain(field);
    // A text with line breaks stays one field.
    expect(html.match(/name="innspill"/g)).toHaveLength(1);
    expect(html).toContain('name="innspill" value="Benker ved elva &#60;b&#62;nå&#60;/b&#62; &#38; &#34;lys&#34;.\nOg toaletter."');
    expect(html).toContain("Send på nytt");
    expect(html).toContain('href="/skjema/demre-innspill?sprak=nn"');
  });
});
