import { titleFrom } from "@/components/route-page";
import { SignInPage } from "@/features/auth/components/sign-in-page";
import { DemoAccounts } from "@/features/demo/components/demo-accounts";
import { isDemoMode } from "@/lib/env";

export const generateMetadata = titleFrom("auth.signIn");

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <SignInPage params={await searchParams} aside={isDemoMode() ? <DemoAccounts /> : undefined} />;
}
