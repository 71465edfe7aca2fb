import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { SignInPage } from "@/features/auth/components/sign-in-page";
import { DemoAccounts } from "@/features/demo/components/demo-accounts";
import { isDemoMode } from "@/lib/env";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("auth.signIn"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <SignInPage params={await searchParams} aside={isDemoMode() ? <DemoAccounts /> : undefined} />;
}
