// The staff sign-in form. A server component: its texts are rendered here, so the page loads
// no next-intl client code (issue #20); ActionForm and the fields are the client parts.
import { getTranslations } from "next-intl/server";
import { ActionForm } from "@/components/action-form";
import { TextField } from "@/components/form-fields";
import { signInAction } from "../actions";

export async function SignInForm({ returnTo }: { returnTo: string }) {
  const t = await getTranslations("auth.signIn");
  return (
    <ActionForm action={signInAction} submitLabel={t("submit")} className="max-w-md space-y-5">
      <input type="hidden" name="tilbake" value={returnTo} />
      <TextField name="email" type="email" autoComplete="username" label={t("email")} required />
      <TextField name="password" type="password" autoComplete="current-password" label={t("password")} required />
    </ActionForm>
  );
}
