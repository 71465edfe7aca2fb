// The figures a validation message names, taken from a zod issue and the input it was about:
// «Teksten er {length} tegn. Den kan være høyst {max} tegn.» needs the limit and how long the
// text actually is, so a person knows how much to cut (with or without JavaScript).
import type { z } from "zod";

export function issueValues(issue: z.core.$ZodIssue, input: unknown): Record<string, number> {
  const v: Record<string, number> = {};
  if ("minimum" in issue && issue.minimum !== undefined) v.min = Number(issue.minimum);
  if ("maximum" in issue && issue.maximum !== undefined) v.max = Number(issue.maximum);
  if (issue.code === "too_big" || issue.code === "too_small") {
    const value = valueAt(input, issue.path);
    // The schemas trim before they count, so the length said is the length counted.
    if (typeof value === "string") v.length = value.trim().length;
    else if (Array.isArray(value)) v.length = value.length;
  }
  // A custom issue may name its own figures (e.g. the line of a list it is about).
  if (issue.code === "custom" && issue.params) for (const [k, n] of Object.entries(issue.params)) if (typeof n === "number") v[k] = n;
  v.length ??= 0;
  return v;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let at = input;
  for (const key of path) {
    if (typeof at !== "object" || at === null) return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
