import { Heading, Paragraph } from "@digdir/designsystemet-react";
import type { ReactNode } from "react";

/** The page's one h1, with an optional lead paragraph. */
export function PageHeading({ title, lead }: { title: ReactNode; lead?: ReactNode }) {
  return (
    <div className="mb-8 space-y-3">
      <Heading level={1} data-size="lg">
        {title}
      </Heading>
      {lead && <Paragraph data-size="lg">{lead}</Paragraph>}
    </div>
  );
}
