import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { UnsubscribePage } from "@/features/mail/components/unsubscribe-page";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mail.unsubscribe"))("title"), robots: { index: false } };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// No sign-in: the signed token in the link is the authority (features/mail/token.ts).
export default async function Page({ searchParams }: Props) {
  const q = await searchParams;
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  return <UnsubscribePage token={one(q.t) ?? ""} done={one(q.ferdig) === "1"} />;
}
