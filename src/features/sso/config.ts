// Which sign-in services are on, read from the environment (docs/DEPLOYMENT.md lists every
// variable). Entra ID is for staff and politicians, ID-porten for citizens; each is off until
// its issuer, client id and secret are set. Read on every call (cheap) so tests can set env.
import type { Role } from "@/generated/prisma/enums";

export type SsoKind = "entra" | "idporten";

export type ProviderConfig = {
  kind: SsoKind;
  issuer: string;
  clientId: string;
  clientSecret: string;
  scope: string;
};

export type EntraConfig = ProviderConfig & {
  kind: "entra";
  /** «Logg inn med <label>-konto», e.g. "Drammen kommune". */
  label: string;
  /** Domains whose people may get an account on first sign-in (lower-case). */
  allowedDomains: string[];
  /** Entra group object id → Medvirk role; applied on every sign-in when a group matches. */
  groupRoles: Map<string, Role>;
  /** Staff may not use passwords at all (only SSO). */
  passwordsOff: boolean;
};

export type IdPortenConfig = ProviderConfig & {
  kind: "idporten";
  /** HMAC key for the citizen's identity hash; kept apart from AUTH_SECRET so it can live longer. */
  identityKey: string;
};

type Env = Record<string, string | undefined>;

const ROLE_NAMES: Record<string, Role> = { ADMIN: "ADMIN", POLITICIAN: "POLITICIAN", GROUP_LEADER: "GROUP_LEADER" };

const list = (raw: string | undefined) =>
  (raw ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);

function parseGroupRoles(raw: string | undefined): Map<string, Role> {
  const map = new Map<string, Role>();
  for (const pair of list(raw)) {
    const [group, role] = pair.split("=").map((s) => s.trim());
    const known = ROLE_NAMES[(role ?? "").toUpperCase()];
    if (!group || !known) throw new Error(`MEDVIRK_ENTRA_GROUP_ROLES: "${pair}" is not <group id>=ADMIN|POLITICIAN|GROUP_LEADER`);
    map.set(group, known);
  }
  return map;
}

export function entraConfig(env: Env = process.env): EntraConfig | null {
  const issuer = env.MEDVIRK_ENTRA_ISSUER?.trim();
  const clientId = env.MEDVIRK_ENTRA_CLIENT_ID?.trim();
  const clientSecret = env.MEDVIRK_ENTRA_CLIENT_SECRET?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  const groupRoles = parseGroupRoles(env.MEDVIRK_ENTRA_GROUP_ROLES);
  return {
    kind: "entra",
    issuer,
    clientId,
    clientSecret,
    scope: "openid profile email",
    label: env.MEDVIRK_ENTRA_LABEL?.trim() || env.MEDVIRK_MUNICIPALITY?.trim() || "Drammen kommune",
    allowedDomains: list(env.MEDVIRK_ENTRA_ALLOWED_DOMAINS).map((d) => d.toLowerCase().replace(/^@/, "")),
    groupRoles,
    passwordsOff: env.MEDVIRK_STAFF_PASSWORDS === "off",
  };
}

export function idPortenConfig(env: Env = process.env): IdPortenConfig | null {
  const issuer = env.MEDVIRK_IDPORTEN_ISSUER?.trim();
  const clientId = env.MEDVIRK_IDPORTEN_CLIENT_ID?.trim();
  const clientSecret = env.MEDVIRK_IDPORTEN_CLIENT_SECRET?.trim();
  const identityKey = env.MEDVIRK_CITIZEN_ID_KEY?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  if (!identityKey || identityKey.length < 32) throw new Error("MEDVIRK_CITIZEN_ID_KEY (32+ characters) is required when ID-porten is configured");
  return { kind: "idporten", issuer, clientId, clientSecret, scope: "openid", identityKey };
}

export function providerConfig(kind: SsoKind): ProviderConfig | null {
  return kind === "entra" ? entraConfig() : idPortenConfig();
}
