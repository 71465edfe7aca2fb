import { queryPage, titleFrom } from "@/components/route-page";
import { OutboxPage } from "@/features/mail/components/outbox-page";

export const generateMetadata = titleFrom("mail.outbox");

export default queryPage("mail.manage", "/admin/utsending", OutboxPage);
