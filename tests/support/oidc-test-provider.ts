// A real OpenID Connect provider (the `oidc-provider` package) on a local port, for the
// integration tests and the e2e server: configured once like Microsoft Entra ID (oid, tid,
// groups, e-mail in the ID token) and once like ID-porten (PKCE required, acr levels, pid).
// Its login page is a plain form: a username from `accounts` and, for ID-porten, a level.
// The client authenticates with its secret, or (clientJwks) with a private_key_jwt assertion
// the provider checks against the client's public keys. startTestGraph stands in for
// Microsoft Graph's getMemberGroups, accepting only access tokens this provider issued.
import http from "node:http";
import type { AddressInfo } from "node:net";
import Provider from "oidc-provider";

export type TestAccount = Record<string, unknown>;
export type TestProviderOptions = {
  flavour: "entra" | "idporten";
  clientId: string;
  clientSecret: string;
  /** The client's public keys: it must then authenticate with private_key_jwt (no secret). */
  clientJwks?: { keys: Record<string, unknown>[] };
  redirectUris: string[];
  postLogoutRedirectUris?: string[];
  accounts: Record<string, TestAccount>;
  port?: number;
};

export type TestProvider = { issuer: string; provider: Provider; close: () => Promise<void> };

export const ACR_SUBSTANTIAL = "idporten-loa-substantial";
export const ACR_HIGH = "idporten-loa-high";

const page = (body: string) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Test identity provider</title></head><body><main><h1>Test identity provider</h1>${body}</main></body></html>`;
const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function startTestProvider(options: TestProviderOptions): Promise<TestProvider> {
  const server = http.createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;
  const idporten = options.flavour === "idporten";
  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: options.clientId,
        ...(options.clientJwks
          ? { jwks: options.clientJwks, token_endpoint_auth_method: "private_key_jwt", token_endpoint_auth_signing_alg: "PS256" }
          : { client_secret: options.clientSecret, token_endpoint_auth_method: "client_secret_post" }),
        redirect_uris: options.redirectUris,
        post_logout_redirect_uris: options.postLogoutRedirectUris ?? [],
        response_types: ["code"],
        grant_types: ["authorization_code"],
      },
    ],
    // Entra and ID-porten put these claims in the ID token itself.
    conformIdTokenClaims: false,
    claims: idporten
      ? { openid: ["sub", "pid", "acr"] }
      : { openid: ["sub", "oid", "tid", "groups", "hasgroups"], email: ["email", "email_verified"], profile: ["name", "preferred_username"] },
    // GroupMember.Read.All: the Graph permission Medvirk asks for when it maps groups to roles.
    scopes: idporten ? ["openid"] : ["openid", "profile", "email", "GroupMember.Read.All"],
    acrValues: idporten ? [ACR_SUBSTANTIAL, ACR_HIGH] : [],
    pkce: { required: () => idporten },
    features: { devInteractions: { enabled: false }, rpInitiatedLogout: { enabled: true } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    findAccount: (_ctx, id) => {
      const account = options.accounts[id];
      if (!account) return undefined;
      return { accountId: id, claims: () => ({ sub: id, ...account }) };
    },
    cookies: { keys: ["test-provider-cookie-key"] },
    ttl: { IdToken: 3600, AccessToken: 3600, AuthorizationCode: 60, Interaction: 600, Session: 3600, Grant: 3600 },
  });
  provider.proxy = false;

  server.on("request", (req, res) => {
    const match = /^\/interaction\/([\w-]+)$/.exec((req.url ?? "").split("?")[0] ?? "");
    if (!match) return provider.callback()(req, res);
    void interaction(req, res).catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });

  async function interaction(req: http.IncomingMessage, res: http.ServerResponse) {
    const details = await provider.interactionDetails(req, res);
    if (req.method !== "POST") {
      const levels = idporten ? `<label>Level <select name="acr"><option>${ACR_SUBSTANTIAL}</option><option>${ACR_HIGH}</option></select></label>` : "";
      res.setHeader("content-type", "text/html; charset=utf-8");
      res.end(
        page(
          `<form method="post" action="/interaction/${escape(details.uid)}"><label>Username <input name="login" autocomplete="off"></label> ${levels} <button>Sign in</button></form><p>acr_values: ${escape(String(details.params.acr_values ?? ""))}</p>`,
        ),
      );
      return;
    }
    const body = new URLSearchParams(
      await new Promise<string>((resolve) => {
        let data = "";
        req.on("data", (c: Buffer) => (data += c.toString()));
        req.on("end", () => resolve(data));
      }),
    );
    const login = body.get("login") ?? "";
    if (!options.accounts[login]) {
      await provider.interactionFinished(req, res, { error: "access_denied", error_description: "unknown test user" }, { mergeWithLastSubmission: false });
      return;
    }
    const grant = new provider.Grant({ accountId: login, clientId: String(details.params.client_id) });
    grant.addOIDCScope(String(details.params.scope));
    const grantId = await grant.save();
    const acr = idporten ? body.get("acr") || ACR_SUBSTANTIAL : undefined;
    await provider.interactionFinished(
      req,
      res,
      { login: { accountId: login, ...(acr ? { acr } : {}) }, consent: { grantId } },
      { mergeWithLastSubmission: false },
    );
  }

  return {
    issuer,
    provider,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/**
 * Drives a browser's trip through the provider with fetch and a cookie jar: open the
 * authorization URL, post the login form, follow redirects until the provider sends the
 * browser back to the app. Returns that callback URL (with code and state, or an error).
 */
export async function signInAtProvider(authorizationUrl: string, login: string, extra: Record<string, string> = {}): Promise<URL> {
  const jar = new Map<string, string>();
  const cookieHeader = () => [...jar].map(([k, v]) => `${k}=${v}`).join("; ");
  const remember = (response: Response) => {
    for (const line of response.headers.getSetCookie()) {
      const pair = line.split(";")[0] ?? "";
      const i = pair.indexOf("=");
      jar.set(pair.slice(0, i).trim(), pair.slice(i + 1));
    }
  };
  const origin = new URL(authorizationUrl).origin;
  let url = authorizationUrl;
  let method = "GET";
  let body: string | undefined;
  for (let hop = 0; hop < 12; hop++) {
    if (!url.startsWith(origin)) return new URL(url);
    const response = await fetch(url, {
      method,
      body,
      redirect: "manual",
      headers: { cookie: cookieHeader(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) },
    });
    remember(response);
    const location = response.headers.get("location");
    if (location) {
      url = new URL(location, url).href;
      method = "GET";
      body = undefined;
      continue;
    }
    const html = await response.text();
    const action = /<form method="post" action="([^"]+)"/.exec(html)?.[1];
    if (!action) throw new Error(`test provider: unexpected page ${response.status}: ${html.slice(0, 300)}`);
    url = new URL(action, url).href;
    method = "POST";
    body = new URLSearchParams({ login, ...extra }).toString();
  }
  throw new Error("test provider: too many redirects");
}

export type TestGraph = { url: string; calls: { account: string; scope: string; body: unknown }[]; fail: number | null; close: () => Promise<void> };

/**
 * A stand-in for Microsoft Graph on a local port: `POST /v1.0/me/getMemberGroups` with a
 * bearer access token that `idp` issued (looked up in the provider, so a made-up token gets
 * 401) answers `{ value: groups[account] }`. Set `fail` to a status to make it fail.
 */
export async function startTestGraph(idp: TestProvider, groups: Record<string, string[]>): Promise<TestGraph> {
  const graph: TestGraph = { url: "", calls: [], fail: null, close: async () => {} };
  const server = http.createServer((req, res) => {
    void (async () => {
      let data = "";
      for await (const chunk of req) data += String(chunk);
      const send = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.method !== "POST" || req.url !== "/v1.0/me/getMemberGroups") return send(404, { error: { code: "Request_ResourceNotFound" } });
      const bearer = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1] ?? "";
      const token = bearer ? await idp.provider.AccessToken.find(bearer) : undefined;
      if (!token) return send(401, { error: { code: "InvalidAuthenticationToken" } });
      graph.calls.push({ account: token.accountId, scope: String(token.scope ?? ""), body: JSON.parse(data || "null") });
      if (graph.fail) return send(graph.fail, { error: { code: "serviceNotAvailable" } });
      if (
        !String(token.scope ?? "")
          .split(" ")
          .includes("GroupMember.Read.All")
      )
        return send(403, { error: { code: "Authorization_RequestDenied" } });
      send(200, { "@odata.context": "https://graph.microsoft.com/v1.0/$metadata#Collection(Edm.String)", value: groups[token.accountId] ?? [] });
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  graph.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  graph.close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => resolve());
    });
  return graph;
}
