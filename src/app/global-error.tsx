"use client";
// Last-resort error page when the root layout itself fails; no providers are available here,
// so the text is fixed in both languages.
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="nb">
      <body style={{ fontFamily: "system-ui, sans-serif", padding: "2rem", maxWidth: "40rem" }}>
        <main>
          <h1>Noe gikk galt</h1>
          <p>Vi klarte ikke å vise siden. Prøv igjen om litt.</p>
          <p lang="en">Something went wrong. Please try again shortly.</p>
          {error.digest && <p>Referanse / reference: {error.digest}</p>}
        </main>
      </body>
    </html>
  );
}
