import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { OutboxMessagePage } from "@/features/mail/components/outbox-message-page";
import { requirePermission } from "@/lib/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("mail.outbox"))("messageTitle") };
}

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const { id } = await params;
  await requirePermission("mail.manage", `/admin/utsending/${id}`);
  return <OutboxMessagePage id={id} />;
}
