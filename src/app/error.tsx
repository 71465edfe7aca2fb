"use client";

// Error boundary for pages. The digest is the id under which the server logged the error.
// It is a client component with no server parent to hand it texts, so it reads them from the
// root layout's ClientTextsProvider (in the request's language) rather than through next-intl's
// client provider, which public pages no longer load (issue #20).
import { useClientTexts } from "@/components/client-texts";
import { Button, Paragraph } from "@/components/ds";
import { PageHeading } from "@/components/page-heading";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useClientTexts().error;
  return (
    <>
      <title>{t.title}</title>
      <PageHeading title={t.title} lead={t.body} />
      {error.digest && <Paragraph data-size="sm">{t.reference.replace("{id}", error.digest)}</Paragraph>}
      <Button className="mt-4" onClick={reset}>
        {t.retry}
      </Button>
    </>
  );
}
