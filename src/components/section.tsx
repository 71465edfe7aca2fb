// A part of a page named by its heading: the <section> is labelled by its h2 (or h3) through one
// id written once, so the label and the heading cannot drift apart. More than a hundred sections
// wrote the pair by hand.
import type { ComponentPropsWithoutRef, ReactNode } from "react";
import { Heading } from "@/components/ds";

type Props = Omit<ComponentPropsWithoutRef<"section">, "id"> & {
  /** The heading's id, which labels the section. */
  id: string;
  heading: ReactNode;
  level?: 2 | 3;
  size?: "md" | "sm" | "xs" | "2xs";
  headingClassName?: string;
};

export function Section({ id, heading, level = 2, size = "sm", headingClassName, children, ...rest }: Props) {
  return (
    <section aria-labelledby={id} {...rest}>
      <Heading level={level} data-size={size} id={id} className={headingClassName}>
        {heading}
      </Heading>
      {children}
    </section>
  );
}
