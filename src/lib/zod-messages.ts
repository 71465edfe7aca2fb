// zod's own default messages are English ("Invalid input", "Invalid option: expected one
// of …"). Every message a person can see must be an i18n key, so this global error map turns
// every issue a schema did not name itself into one of our keys; the gate and the public form
// translate keys as usual. A schema's own message always wins over this map.
import { z } from "zod";

type Issue = { code?: string; input?: unknown; errors?: unknown; minimum?: unknown; maximum?: unknown; origin?: string };

/** The first message inside a failed union's branches that is one of our keys. */
function keyInUnion(errors: unknown): string | undefined {
  if (!Array.isArray(errors)) return undefined;
  for (const branch of errors as { message?: string }[][]) {
    for (const issue of branch ?? []) if (issue?.message && /^(validation|forms\.validation)\./.test(issue.message)) return issue.message;
  }
  return undefined;
}

export function messageKeyFor(issue: Issue): string {
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined || issue.input === null ? "validation.required" : "validation.invalid";
    case "invalid_union":
      return keyInUnion(issue.errors) ?? "validation.invalid";
    case "invalid_value":
      return "validation.choose";
    case "too_small":
      if (issue.origin === "array" || issue.origin === "set") return "validation.choose";
      return issue.origin === "string" ? (Number(issue.minimum) <= 1 ? "validation.required" : "validation.tooShort") : "validation.invalid";
    case "too_big":
      return issue.origin === "string" ? "validation.tooLong" : issue.origin === "number" ? "validation.tooLarge" : "validation.invalid";
    default:
      return "validation.invalid";
  }
}

z.config({ customError: (issue) => messageKeyFor(issue as Issue) });

export {};
