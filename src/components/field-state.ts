// What a form field needs from the form around it: its id, its error and the value the user
// typed. Its own module so that the form (action-form), its fields (form-fields) and the error
// summary each depend on it and not on one another.
import { createContext, useContext } from "react";

export function fieldId(name: string, prefix?: string) {
  return `felt-${prefix ? `${prefix}-` : ""}${name.replace(/[^a-zA-Z0-9_-]/g, "-")}`;
}

export type FormState = { errors: Record<string, string>; values: Record<string, string> | null; idPrefix?: string };
export const FormStateContext = createContext<FormState>({ errors: {}, values: null });

export const useFieldState = (name: string) => {
  const { errors, values, idPrefix } = useContext(FormStateContext);
  return { error: errors[name], typed: values ? (values[name] ?? "") : undefined, idPrefix };
};
