import { titleFrom } from "@/components/route-page";
import { OutboxMessagePage } from "@/features/mail/components/outbox-message-page";
import { requirePermission } from "@/lib/session";

export const generateMetadata = titleFrom("mail.outbox", "messageTitle");

type Props = { params: Promise<{ id: string }> };

export default async function Page({ params }: Props) {
  const { id } = await params;
  await requirePermission("mail.manage", `/admin/utsending/${id}`);
  return <OutboxMessagePage id={id} />;
}
