import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MineInputsPage } from "@/features/auth/sso/components/mine-inputs-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("sso.mine"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | undefined>> };

export default async function Page({ searchParams }: Props) {
  return <MineInputsPage params={await searchParams} />;
}
