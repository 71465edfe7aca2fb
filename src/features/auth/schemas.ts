// zod schemas for accounts; messages are i18n keys (namespace "validation").
import { z } from "zod";

export const PASSWORD_MIN = 12;

export const signInSchema = z.object({
  email: z.string().trim().min(1, "validation.emailRequired").email("validation.emailInvalid"),
  password: z.string().min(1, "validation.passwordRequired").max(1024, "validation.tooLong"),
  tilbake: z.string().optional(),
});

export const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1, "validation.passwordRequired"),
    newPassword: z.string().min(PASSWORD_MIN, "validation.passwordTooShort").max(200, "validation.tooLong"),
    confirmPassword: z.string().min(1, "validation.confirmRequired"),
  })
  .refine((v) => v.newPassword === v.confirmPassword, { path: ["confirmPassword"], message: "validation.passwordMismatch" })
  .refine((v) => v.newPassword !== v.currentPassword, { path: ["newPassword"], message: "validation.passwordUnchanged" });

export type ChangePasswordInput = z.infer<typeof changePasswordSchema>;
