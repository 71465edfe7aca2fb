// Which sign-in services are on, read from the environment (docs/DEPLOYMENT.md lists every
// variable). Entra ID is for staff and politicians, ID-porten for citizens; each is off until
// its issuer, client id and a client credential are set. Entra ID takes a client secret or a
// certificate (private_key_jwt, client-key.ts), never both. Read on every call (cheap; a key
// file is read once) so tests can set env.
import type { Role } from "@/generated/prisma/enums";
import { clientKeyCredential, type ClientCredential } from "./client-key";

export type SsoKind = "entra" | "idporten";

export type ProviderConfig = {
  kind: SsoKind;
  issuer: string;
  clientId: string;
  /** How Medvirk proves it is the registered client at the token endpoint. */
  credential: ClientCredential;
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
  /** Microsoft Graph, asked for a person's groups when the ID token has too many to carry (overage). */
  graphUrl: string;
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

/** The Graph permission that reading a person's groups needs (granted with admin consent). */
export const GRAPH_GROUPS_SCOPE = "GroupMember.Read.All";

function entraCredential(env: Env): ClientCredential | null {
  const secret = env.MEDVIRK_ENTRA_CLIENT_SECRET?.trim();
  const key = env.MEDVIRK_ENTRA_CLIENT_KEY?.trim();
  if (secret && key) throw new Error("Set MEDVIRK_ENTRA_CLIENT_SECRET or MEDVIRK_ENTRA_CLIENT_KEY (certificate), not both");
  if (secret) return { kind: "secret", secret };
  if (!key) return null;
  return clientKeyCredential("MEDVIRK_ENTRA_CLIENT", key, env.MEDVIRK_ENTRA_CLIENT_CERT?.trim(), env.MEDVIRK_ENTRA_CLIENT_CERT_THUMBPRINT?.trim());
}

export function entraConfig(env: Env = process.env): EntraConfig | null {
  const issuer = env.MEDVIRK_ENTRA_ISSUER?.trim();
  const clientId = env.MEDVIRK_ENTRA_CLIENT_ID?.trim();
  if (!issuer || !clientId) return null;
  const credential = entraCredential(env);
  if (!credential) return null;
  const groupRoles = parseGroupRoles(env.MEDVIRK_ENTRA_GROUP_ROLES);
  return {
    kind: "entra",
    issuer,
    clientId,
    credential,
    // With a group→role map, also the Graph permission to read groups when they overflow the token.
    scope: groupRoles.size ? `openid profile email ${GRAPH_GROUPS_SCOPE}` : "openid profile email",
    label: env.MEDVIRK_ENTRA_LABEL?.trim() || env.MEDVIRK_MUNICIPALITY?.trim() || "Drammen kommune",
    allowedDomains: list(env.MEDVIRK_ENTRA_ALLOWED_DOMAINS).map((d) => d.toLowerCase().replace(/^@/, "")),
    groupRoles,
    passwordsOff: env.MEDVIRK_STAFF_PASSWORDS === "off",
    graphUrl: (env.MEDVIRK_ENTRA_GRAPH_URL?.trim() || "https://graph.microsoft.com").replace(/\/+$/, ""),
  };
}

export function idPortenConfig(env: Env = process.env): IdPortenConfig | null {
  const issuer = env.MEDVIRK_IDPORTEN_ISSUER?.trim();
  const clientId = env.MEDVIRK_IDPORTEN_CLIENT_ID?.trim();
  const clientSecret = env.MEDVIRK_IDPORTEN_CLIENT_SECRET?.trim();
  const identityKey = env.MEDVIRK_CITIZEN_ID_KEY?.trim();
  if (!issuer || !clientId || !clientSecret) return null;
  if (!identityKey || identityKey.length < 32) throw new Error("MEDVIRK_CITIZEN_ID_KEY (32+ characters) is required when ID-porten is configured");
  return { kind: "idporten", issuer, clientId, credential: { kind: "secret", secret: clientSecret }, scope: "openid", identityKey };
}

export function providerConfig(kind: SsoKind): ProviderConfig | null {
  return kind === "entra" ? entraConfig() : idPortenConfig();
}
