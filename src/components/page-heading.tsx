import type { ReactNode } from "react";
import { Heading, Paragraph } from "@/components/ds";

/** The page's one h1, with an optional lead paragraph. */
/** `lang` marks the title and lead when they are in another language than the page. */
export function PageHeading({ title, lead, lang }: { title: ReactNode; lead?: ReactNode; lang?: string }) {
  return (
    <div className="mb-8 space-y-3">
      <Heading level={1} data-size="lg" lang={lang}>
        {title}
      </Heading>
      {lead && (
        <Paragraph data-size="lg" lang={lang}>
          {lead}
        </Paragraph>
      )}
    </div>
  );
}
