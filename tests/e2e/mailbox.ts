// What the e2e server's real SMTP server received (tests/support/mailbox.ts), for the specs.
import { expect } from "@playwright/test";
import { mailsTo, type ReceivedMail } from "../support/mailbox";

export { mailsTo, type ReceivedMail };

/** Waits until `address` has received at least `count` mails (the outbox worker ticks every second in e2e). */
export async function waitForMails(address: string, count: number, timeout = 30_000): Promise<ReceivedMail[]> {
  await expect.poll(() => mailsTo(address).length, { timeout, message: `mails to ${address}` }).toBeGreaterThanOrEqual(count);
  return mailsTo(address);
}
