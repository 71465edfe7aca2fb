// The absolute origin of the current request, for links that leave the app (calendar files,
// the subscription URL, the SSO callbacks). APP_URL (or
// Auth.js's AUTH_URL) wins when set: behind a proxy the Host header may be an internal name.
import { headers } from "next/headers";
import { configuredOrigin } from "@/lib/app-origin";

/** The origin of the current request (route handlers pass their Request; actions use headers()). */
export async function requestOrigin(request?: Request): Promise<string> {
  const fixed = configuredOrigin();
  if (fixed) return fixed;
  const h = request ? request.headers : await headers();
  const host = h.get("x-forwarded-host") ?? h.get("host");
  if (host) {
    const proto = h.get("x-forwarded-proto") ?? (request ? new URL(request.url).protocol.replace(":", "") : "http");
    return `${proto}://${host}`;
  }
  return request ? new URL(request.url).origin : "http://localhost:3000";
}
