// The app's configured public origin: APP_URL (or Auth.js's AUTH_URL) when set. Behind a proxy
// the Host header may be an internal name, so links that leave the app (calendar files, e-mail)
// prefer this. Null when neither is set or the value is not a URL.
export function configuredOrigin(): string | null {
  const raw = process.env.APP_URL ?? process.env.AUTH_URL;
  if (!raw) return null;
  try {
    return new URL(raw).origin;
  } catch {
    return null;
  }
}
