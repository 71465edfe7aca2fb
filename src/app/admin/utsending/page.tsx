import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutboxPage } from "@/features/mail/components/outbox-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mail.outbox"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function Page({ searchParams }: Props) {
  await requirePermission("mail.manage", "/admin/utsending");
  return <OutboxPage searchParams={await searchParams} />;
}
