// A titled list on a page: a section named by its h2, and one sentence instead of the list when
// there is nothing in it. The shape many list pages repeat (outbox, queues, pickers).
import type { ReactNode } from "react";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";

type Props = { id: string; heading: ReactNode; empty: boolean; emptyText: ReactNode; className?: string; children: ReactNode };

export function ListSection({ id, heading, empty, emptyText, className = "space-y-3", children }: Props) {
  return (
    <Section id={id} heading={heading} className={className}>
      {empty ? <Paragraph>{emptyText}</Paragraph> : children}
    </Section>
  );
}
