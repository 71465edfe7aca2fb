// A person's Entra ID groups, for the group→role map (MEDVIRK_ENTRA_GROUP_ROLES). Entra puts
// at most 200 groups in an ID token; for someone in more it sends an "overage" instead
// (`_claim_names.groups` pointing at a claim source, or `hasgroups: true`) and the groups must
// be read from Microsoft Graph with the access token. When Graph cannot answer, the groups are
// unknown — never "none": the sign-in is refused, because a role from groups could otherwise
// be kept or denied wrongly (staff-sign-in.ts syncs the role on every sign-in).
import type { EntraConfig } from "./config";
import type { IdClaims } from "./oidc-flow";

export type StaffGroups = { ok: true; groups: string[]; fromGraph: boolean } | { ok: false; detail: string };

const GRAPH_TIMEOUT_MS = 10_000;

/** The groups the ID token itself carries (empty when none). */
export function tokenGroups(claims: IdClaims): string[] {
  return Array.isArray(claims.groups) ? claims.groups.map(String) : [];
}

/** True when Entra left the groups out because there were too many. */
export function hasGroupOverage(claims: IdClaims): boolean {
  if (Array.isArray(claims.groups)) return false;
  const names = claims._claim_names;
  const named = typeof names === "object" && names !== null && "groups" in names;
  return named || claims.hasgroups === true || claims.hasgroups === "true";
}

/**
 * The groups to map to a role: from the token, or after an overage from Graph
 * (`POST {graph}/v1.0/me/getMemberGroups`, transitive, security and Microsoft 365 groups).
 * Graph is asked only when groups matter (a group→role map is configured).
 */
export async function staffGroups(config: EntraConfig, claims: IdClaims, accessToken: string): Promise<StaffGroups> {
  if (!hasGroupOverage(claims) || !config.groupRoles.size) return { ok: true, groups: tokenGroups(claims), fromGraph: false };
  if (!accessToken) return { ok: false, detail: "group overage, but the token response had no access token for Graph" };
  let response: Response;
  try {
    response = await fetch(`${config.graphUrl}/v1.0/me/getMemberGroups`, {
      method: "POST",
      headers: { authorization: `Bearer ${accessToken}`, "content-type": "application/json", accept: "application/json" },
      body: JSON.stringify({ securityEnabledOnly: false }),
      signal: AbortSignal.timeout(GRAPH_TIMEOUT_MS),
    });
  } catch (error) {
    return { ok: false, detail: `Graph did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
  const body = (await response.json().catch(() => null)) as { value?: unknown; error?: { code?: string } } | null;
  if (!response.ok) return { ok: false, detail: `Graph answered ${response.status} ${body?.error?.code ?? ""}`.trim() };
  if (!Array.isArray(body?.value) || !body.value.every((g) => typeof g === "string")) return { ok: false, detail: "Graph's answer had no list of group ids" };
  return { ok: true, groups: body.value, fromGraph: true };
}
