// A titled list on a page: a section named by its heading, and one sentence instead of the list
// when there is nothing in it. The shape many list pages repeat (outbox, queues, pickers).
import type { ComponentProps, ReactNode } from "react";
import { Paragraph } from "@/components/ds";
import { Section } from "@/components/section";

type Props = ComponentProps<typeof Section> & { empty: boolean; emptyText: ReactNode };

export function ListSection({ empty, emptyText, className = "space-y-3", children, ...section }: Props) {
  return (
    <Section {...section} className={className}>
      {empty ? <Paragraph>{emptyText}</Paragraph> : children}
    </Section>
  );
}
