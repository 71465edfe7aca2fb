// A form that is one button: the ids it acts on as hidden fields, and one submit (move up, delete,
// mark as read, publish). Written once here instead of an <ActionForm> with hand-written hidden
// inputs in every list; it is an ActionForm, so it posts without JavaScript and shows the error
// summary when the gate refuses. Extra children (a line of help) go between the fields and the button.
import type { ReactNode } from "react";
import type { FormAction } from "@/lib/server-action";
import { ActionForm } from "./action-form";

type Props<D> = {
  action: FormAction<D>;
  label: string;
  /** Name → value of the hidden fields (the ids the action needs, a direction, a return filter). */
  hidden: Record<string, string>;
  /** What the button acts on, added to its accessible name («Slett: <navn>»). */
  context?: string;
  variant?: "primary" | "secondary";
  idPrefix?: string;
  className?: string;
  children?: ReactNode;
};

export function ButtonForm<D>({ action, label, hidden, context, variant = "secondary", idPrefix, className, children }: Props<D>) {
  return (
    <ActionForm action={action} submitLabel={label} submitContext={context} submitVariant={variant} idPrefix={idPrefix} className={className}>
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
    </ActionForm>
  );
}

type MoveProps<D> = {
  action: FormAction<D>;
  hidden: Record<string, string>;
  /** The row's place in its list: the first has no «up», the last no «down». */
  index: number;
  count: number;
  up: string;
  down: string;
  context?: string;
};

/** «Flytt opp» / «Flytt ned» for one row of an ordered list: plain buttons, so ordering works by keyboard. */
export function MoveButtons<D>({ action, hidden, index, count, up, down, context }: MoveProps<D>) {
  return (
    <>
      {index > 0 && <ButtonForm action={action} label={up} context={context} className="inline" hidden={{ ...hidden, direction: "up" }} />}
      {index < count - 1 && <ButtonForm action={action} label={down} context={context} className="inline" hidden={{ ...hidden, direction: "down" }} />}
    </>
  );
}
