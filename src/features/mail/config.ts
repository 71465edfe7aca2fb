// Mail configuration from the environment (docs/DEPLOYMENT.md): SMTP_URL and MAIL_FROM. Without
// SMTP_URL nothing is sent: messages stay in the outbox (PENDING) and the admin page
// /admin/utsending shows exactly what would have gone out. APP_URL makes the links absolute.
import { configuredOrigin } from "@/lib/app-origin";
import { env } from "@/lib/env";

export type SmtpConfig = { url: string; from: string };

export function smtpConfig(): SmtpConfig | null {
  const url = process.env.SMTP_URL?.trim();
  if (!url) return null;
  return { url, from: mailFrom() };
}

/** "Drammen kommune <medvirk@drammen.kommune.no>": the sender carries the municipality's name. */
export function mailFrom(): string {
  const address = process.env.MAIL_FROM?.trim() || "medvirk@localhost";
  if (address.includes("<")) return address;
  return `"${env().MEDVIRK_MUNICIPALITY.replace(/"/g, "")}" <${address}>`;
}

/**
 * The origin for links in e-mails: APP_URL/AUTH_URL when set, else the request that causes the
 * message, else the app's own port (the worker's periodic jobs have no request).
 */
export async function mailOrigin(): Promise<string> {
  const fixed = configuredOrigin();
  if (fixed) return fixed;
  try {
    const { headers } = await import("next/headers");
    const h = await headers();
    const host = h.get("x-forwarded-host") ?? h.get("host");
    if (host) return `${h.get("x-forwarded-proto") ?? "http"}://${host}`;
  } catch {
    // outside a request (the worker, a script)
  }
  return `http://localhost:${process.env.PORT ?? 3000}`;
}
