// zod schemas for the administration's account management; messages are i18n keys. Shared by the forms, the gate and the services.
import { z } from "zod";
import { uuidField as uuid } from "@/lib/form-values";
import { ROLES } from "@/lib/permissions";

const accountFields = z.object({
  name: z.string().trim().min(1, "validation.required").max(200, "validation.tooLong"),
  email: z.string().trim().toLowerCase().min(1, "validation.required").max(254, "validation.tooLong").email("validation.emailInvalid"),
  role: z.enum(ROLES, "validation.choose"),
  partyId: z.union([z.literal(""), uuid]).transform((v) => v || null),
});

/** Politicians and group leaders belong to a party group; an administrator may have none. */
const partyRule = [
  (v: { role: string; partyId: string | null }) => v.role === "ADMIN" || v.partyId !== null,
  { path: ["partyId"], message: "accounts.validation.partyRequired" },
] as [(v: { role: string; partyId: string | null }) => boolean, { path: string[]; message: string }];

export const createAccountSchema = accountFields.refine(...partyRule);
export type CreateAccountInput = z.infer<typeof createAccountSchema>;

export const updateAccountSchema = accountFields.extend({ id: uuid }).refine(...partyRule);
export type UpdateAccountInput = z.infer<typeof updateAccountSchema>;

/** Reset password, deactivate, reactivate: only the account is named. */
export const accountIdSchema = z.object({ id: uuid });
export type AccountIdInput = z.infer<typeof accountIdSchema>;

/** The account list's GET filter (Norwegian parameter names, shareable URLs). */
export const ACCOUNT_STATUSES = ["aktive", "deaktiverte", "alle"] as const;
export const accountFilterSchema = z.object({
  sok: z.string().trim().max(100).optional().catch(undefined),
  rolle: z.enum(ROLES).optional().catch(undefined),
  parti: z.uuid().optional().catch(undefined),
  status: z.enum(ACCOUNT_STATUSES).catch("aktive").default("aktive"),
  etter: z.string().max(400).optional().catch(undefined),
});
export type AccountFilter = z.infer<typeof accountFilterSchema>;
