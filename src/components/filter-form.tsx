import type { ReactNode } from "react";
import { TextLink } from "@/components/text-link";
import { Button, Heading } from "./ds";
import type { Option } from "./form-fields";

type Props = {
  heading: string;
  /** The list's path: where the form goes and what «reset» links to. */
  path: string;
  /** The parsed filter, as the key that re-mounts the fields when the URL changes. */
  filter: object;
  submitLabel: string;
  resetLabel: string;
  submitVariant?: "primary" | "secondary";
  /** Grid columns of the fields at the widest. */
  wide?: "lg:grid-cols-3" | "lg:grid-cols-4";
  children: ReactNode;
  /** Fields below the grid (a row of checkboxes). */
  after?: ReactNode;
};

export function FilterForm({ heading, path, filter, submitLabel, resetLabel, submitVariant, wide = "lg:grid-cols-4", children, after }: Props) {
  return (
    <section aria-labelledby="filter-tittel" className="mb-8">
      <Heading level={2} data-size="sm" id="filter-tittel" className="mb-3">
        {heading}
      </Heading>
      <form key={JSON.stringify(filter)} method="get" action={path} role="search" aria-labelledby="filter-tittel" className="space-y-4">
        <div className={`grid gap-4 md:grid-cols-2 ${wide}`}>{children}</div>
        {after}
        <div className="flex flex-wrap items-center gap-4">
          <Button type="submit" variant={submitVariant}>
            {submitLabel}
          </Button>
          <TextLink href={path}>{resetLabel}</TextLink>
        </div>
      </form>
    </section>
  );
}

/** The options of a select from a list of values (an enum, a constant list) and how each reads. */
export function optionsOf<V extends string>(values: readonly V[], label: (value: V) => string): Option[] {
  return values.map((value) => ({ value, label: label(value) }));
}
