// Designsystemet's plain components, rendered as the same HTML (classes, data attributes) that
// @digdir/designsystemet-react renders, but without its "use client" barrel (issue #20). The
// package's index is one client module: importing <Paragraph> from a server component put the
// whole library — every component, floating-ui, tanstack-virtual, the icon set, its web
// components — into every page's JavaScript (about 200 kB gzipped). These components have no
// state or effects, so they render on the server and ship nothing; client components may use
// them too. Styling comes from @digdir/designsystemet-css as before.
// Left out on purpose: Card's click delegation (the heading's link stays the way in; a card is
// not one big click target) and Button's loading spinner (unused). <Field> renders a <div> with
// the same class instead of the <ds-field> web component: our fields set ids, labels and
// aria-describedby themselves (components/form-fields.tsx), so nothing needs its JavaScript.
// Import from here, not from @digdir/designsystemet-react (eslint says so), unless a component
// really needs the library's behaviour.
import type {
  AlertProps,
  ButtonProps,
  CardProps,
  FieldProps,
  FieldsetDescriptionProps,
  FieldsetLegendProps,
  FieldsetProps,
  HeadingProps,
  InputProps,
  LabelProps,
  LinkProps,
  ListItemProps,
  ListOrderedProps,
  ListUnorderedProps,
  ParagraphProps,
  SelectProps,
  SkipLinkProps,
  TableHeaderCellProps,
  TableProps,
  TagProps,
  TextareaProps,
  ValidationMessageProps,
} from "@digdir/designsystemet-react";
import { Children, cloneElement, isValidElement, type ComponentPropsWithoutRef, type ComponentPropsWithRef, type ReactElement, type Ref } from "react";

/** Joins class names, skipping empty ones. */
function cl(...names: (string | undefined | false)[]) {
  return names.filter(Boolean).join(" ") || undefined;
}

type AnyProps = Record<string, unknown> & { className?: string };
/** React 19 passes `ref` as a prop; the library's prop types leave it to forwardRef. */
type R<P, E> = P & { ref?: Ref<E> };

/**
 * `asChild`: render the one child element with these props merged in (the child's own props
 * win, class names are joined), as Radix's Slot does in the library.
 */
function slot(children: unknown, props: AnyProps) {
  const child = Children.only(children);
  if (!isValidElement(child)) return null;
  const own = child.props as AnyProps;
  return cloneElement(child as ReactElement<AnyProps>, { ...props, ...own, className: cl(props.className, own.className) });
}

export function Paragraph({ className, asChild, variant, children, ...rest }: R<ParagraphProps, HTMLParagraphElement>) {
  const props = { ...rest, className: cl("ds-paragraph", className), "data-variant": variant };
  return asChild ? slot(children, props) : <p {...props}>{children}</p>;
}

export function Heading({ level = 2, className, asChild, children, ...rest }: R<HeadingProps, HTMLHeadingElement>) {
  const props = { ...rest, className: cl("ds-heading", className) };
  if (asChild) return slot(children, props);
  const H = `h${level}` as "h2";
  return <H {...props}>{children}</H>;
}

export function Alert({ "data-color": color = "info", className, ...rest }: R<AlertProps, HTMLDivElement>) {
  return <div {...rest} className={cl("ds-alert", className)} data-color={color} />;
}

export function Tag({ asChild, className, variant, children, ...rest }: R<TagProps, HTMLSpanElement>) {
  const props = { ...rest, className: cl("ds-tag", className), "data-variant": variant };
  return asChild ? slot(children, props) : <span {...props}>{children}</span>;
}

function CardBase({ asChild, variant, className, children, ...rest }: R<CardProps, HTMLDivElement>) {
  const props = { ...rest, className: cl("ds-card", className), "data-variant": variant };
  return asChild ? slot(children, props) : <div {...props}>{children}</div>;
}
function CardBlock({ asChild, className, children, ...rest }: ComponentPropsWithoutRef<"div"> & { asChild?: boolean }) {
  const props = { ...rest, className: cl("ds-card__block", className) };
  return asChild ? slot(children, props) : <div {...props}>{children}</div>;
}
export const Card = Object.assign(CardBase, { Block: CardBlock });

export function Link({ asChild, className, children, ...rest }: R<LinkProps, HTMLAnchorElement>) {
  const props = { ...rest, className: cl("ds-link", className) };
  return asChild ? slot(children, props) : <a {...props}>{children}</a>;
}

export function SkipLink({ className, ...rest }: R<SkipLinkProps, HTMLAnchorElement>) {
  return <a {...rest} className={cl("ds-skip-link", className)} />;
}

export function Button({ asChild, className, children, icon = false, loading, variant, ...rest }: R<ButtonProps, HTMLButtonElement>) {
  void loading; // the spinner is not used anywhere; the prop is accepted for the library's API
  const props = { ...rest, className: cl("ds-button", className), "data-icon": icon || undefined, "data-variant": variant };
  if (asChild) return slot(children, props);
  return (
    <button type="button" {...props}>
      {children}
    </button>
  );
}

export function Table({ zebra = false, stickyHeader = false, border = false, hover = false, className, ...rest }: R<TableProps, HTMLTableElement>) {
  return (
    <table
      {...rest}
      className={cl("ds-table", className)}
      data-border={border || undefined}
      data-hover={hover || undefined}
      data-sticky-header={stickyHeader || undefined}
      data-zebra={zebra || undefined}
    />
  );
}
export const TableHead = (props: ComponentPropsWithRef<"thead">) => <thead {...props} />;
export const TableBody = (props: ComponentPropsWithRef<"tbody">) => <tbody {...props} />;
export const TableRow = (props: ComponentPropsWithRef<"tr">) => <tr {...props} />;
export const TableCell = (props: ComponentPropsWithRef<"td">) => <td {...props} />;
export function TableHeaderCell({ sort, children, ...rest }: R<TableHeaderCellProps, HTMLTableCellElement>) {
  return (
    <th aria-sort={sort} {...rest}>
      {sort ? <button type="button">{children}</button> : children}
    </th>
  );
}

export function ListUnordered({ asChild, className, children, ...rest }: R<ListUnorderedProps, HTMLUListElement>) {
  const props = { ...rest, className: cl("ds-list", className) };
  return asChild ? slot(children, props) : <ul {...props}>{children}</ul>;
}
export function ListOrdered({ asChild, className, children, ...rest }: R<ListOrderedProps, HTMLOListElement>) {
  const props = { ...rest, className: cl("ds-list", className) };
  return asChild ? slot(children, props) : <ol {...props}>{children}</ol>;
}
export function ListItem({ asChild, children, ...rest }: R<ListItemProps, HTMLLIElement>) {
  return asChild ? slot(children, rest) : <li {...rest}>{children}</li>;
}

export function Label({ className, weight, asChild, children, ...rest }: R<LabelProps, HTMLLabelElement>) {
  const props = { ...rest, className: cl("ds-label", className), "data-weight": weight };
  return asChild ? slot(children, props) : <label {...props}>{children}</label>;
}

export function ValidationMessage({ className, asChild, children, ...rest }: R<ValidationMessageProps, HTMLParagraphElement>) {
  const props = { ...rest, className: cl("ds-validation-message", className), "data-field": "validation" };
  return asChild ? slot(children, props) : <p {...props}>{children}</p>;
}

export function Field({
  className,
  position,
  asChild,
  children,
  ...rest
}: { position?: FieldProps["position"]; asChild?: boolean } & ComponentPropsWithRef<"div">) {
  const props = { ...rest, className: cl("ds-field", className), "data-position": position };
  return asChild ? slot(children, props) : <div {...props}>{children}</div>;
}

function FieldsetBase({ className, ...rest }: R<FieldsetProps, HTMLFieldSetElement>) {
  return <fieldset {...rest} className={cl("ds-fieldset", className)} />;
}
const FieldsetLegend = ({ className, ...rest }: R<FieldsetLegendProps, HTMLLegendElement>) => <legend {...rest} className={cl("ds-label", className)} />;
const FieldsetDescription = ({ className, ...rest }: R<FieldsetDescriptionProps, HTMLParagraphElement>) => (
  <p {...rest} className={cl("ds-paragraph", className)} />
);
export const Fieldset = Object.assign(FieldsetBase, { Legend: FieldsetLegend, Description: FieldsetDescription });

export function Select({ className, width, readOnly, ...rest }: R<SelectProps, HTMLSelectElement>) {
  return <select aria-readonly={readOnly} {...rest} className={cl("ds-input", className)} data-width={width} />;
}

export function Input({ type = "text", className, ...rest }: R<InputProps, HTMLInputElement>) {
  return <input type={type} {...rest} className={cl("ds-input", className)} />;
}

export function Textarea({ className, ...rest }: R<TextareaProps, HTMLTextAreaElement>) {
  return <textarea {...rest} className={cl("ds-input", className)} />;
}
