// The e2e server's mailbox: the real SMTP server scripts/e2e-server.ts starts (support/smtp.ts)
// writes each mail it receives as JSON to a folder named by the e2e port; specs read it there
// (tests/e2e/mailbox.ts). Only files and JSON, so both processes can use it.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { ParsedMail } from "mailparser";

export type ReceivedMail = {
  to: string;
  from: string;
  subject: string;
  text: string;
  html: string;
  language: string;
  listUnsubscribe: string;
  attachments: { filename: string; contentType: string; content: string }[];
};

export const mailboxDir = (port = Number(process.env.E2E_PORT ?? 3100)) => path.join(os.tmpdir(), `medvirk-e2e-mail-${port}`);

/** Empties the mailbox (the e2e server does this at start) and returns a writer for parsed mails. */
export function openMailbox(port: number): (mail: ParsedMail) => void {
  const dir = mailboxDir(port);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  let count = 0;
  return (mail) => {
    const record: ReceivedMail = {
      to: mail.to && !Array.isArray(mail.to) ? mail.to.text : "",
      from: mail.from?.text ?? "",
      subject: mail.subject ?? "",
      text: mail.text ?? "",
      html: typeof mail.html === "string" ? mail.html : "",
      language: String(mail.headers.get("content-language") ?? ""),
      // mailparser folds List-* headers into one object; the raw line is what a mail program reads.
      listUnsubscribe: mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/^[^:]*:\s*/, "") ?? "",
      attachments: mail.attachments.map((a) => ({ filename: a.filename ?? "", contentType: a.contentType, content: a.content.toString("utf8") })),
    };
    writeFileSync(path.join(dir, `${String(++count).padStart(6, "0")}.json`), JSON.stringify(record));
  };
}

/** Every mail that has arrived for `address` (compared lower-case), in the order they arrived. */
export function mailsTo(address: string): ReceivedMail[] {
  const dir = mailboxDir();
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".json"))
    .sort()
    .map((f) => JSON.parse(readFileSync(path.join(dir, f), "utf8")) as ReceivedMail)
    .filter((m) => m.to.toLowerCase() === address.toLowerCase());
}
