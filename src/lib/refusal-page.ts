// A small Norwegian page for requests the proxy refuses before any page code runs (a broken
// address, a body that is far too large, a post from another site). Next would otherwise answer
// some of these itself with a bare English "Internal Server Error". Plain HTML with the request
// id, so support can find the log line; no scripts, so it needs no CSP nonce.
/** HTML-escapes text for the hand-written pages (refusals, the form's last-resort page). */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export type Refusal = { status: number; title: string; body: string };

export const REFUSALS = {
  badAddress: {
    status: 400,
    title: "Adressen er ugyldig",
    body: "Nettadressen inneholder tegn vi ikke kan lese. Sjekk lenken, eller gå til forsiden og finn siden derfra.",
  },
  tooLarge: {
    status: 413,
    title: "Innsendingen er for stor",
    body: "Det du sendte, var større enn vi tar imot. Gå tilbake, gjør teksten kortere, og send på nytt. Et innspill kan ha opptil 5 000 tegn.",
  },
  otherSite: {
    status: 403,
    title: "Innsendingen kom fra en annen nettside",
    body: "Av sikkerhetshensyn tar vi bare imot skjemaer som sendes fra denne nettsiden. Åpne siden på nytt og send derfra.",
  },
  badBody: { status: 400, title: "Innsendingen kunne ikke leses", body: "Skjemaet kom fram i en form vi ikke kan lese. Gå tilbake og send på nytt." },
} satisfies Record<string, Refusal>;

export function refusalHtml(r: Refusal, requestId: string): string {
  return `<!doctype html><html lang="nb"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${esc(r.title)}</title></head><body style="font-family:system-ui,sans-serif;padding:2rem;max-width:40rem;line-height:1.5"><main><h1>${esc(r.title)}</h1><p>${esc(r.body)}</p><p><a href="/">Til forsiden</a></p><p>Referanse: ${esc(requestId)}</p></main></body></html>`;
}
