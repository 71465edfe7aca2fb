// The unsubscribe route handler (/avmelding/utfor) called for real: RFC 8058's one-click POST
// (body "List-Unsubscribe=One-Click") answers 200 and turns the kinds off; the confirm page's
// form POST answers 303 to the "done" page in the message's language; a GET only redirects to
// the confirm page and changes nothing; a forged token changes nothing.
import { randomUUID } from "node:crypto";
import { describe, expect, it, vi } from "vitest";
import { enqueue } from "@/features/mail/enqueue";
import { db } from "@/lib/db";

vi.mock("@/lib/session", () => ({ getSessionUser: async () => null }));
vi.mock("next/headers", () => ({ cookies: async () => ({ get: () => undefined }), headers: async () => new Headers() }));

const { GET, POST } = await import("@/app/(public)/avmelding/utfor/route");
const ctx = { params: Promise.resolve({}) };

async function queued(kind: "INPUT_RECEIPT" | "SIGNUP_CONFIRMED") {
  const email = `route-${randomUUID().slice(0, 8)}@example.no`;
  await db.$transaction((tx) =>
    enqueue(tx, [{ kind, recipient: email, locale: "en", content: { subject: "s", paragraphs: ["p"] }, why: "w" }], "http://localhost:1"),
  );
  const m = await db.outboxMessage.findFirstOrThrow({ where: { recipient: email }, select: { unsubscribeUrl: true } });
  const page = new URL(m.unsubscribeUrl);
  return { email, query: page.search };
}
const optOuts = (email: string) => db.mailOptOut.findMany({ where: { address: email }, select: { kind: true } }).then((r) => r.map((o) => o.kind).sort());

describe("/avmelding/utfor", () => {
  it("one-click POST turns the citizen kinds off and answers 200", async () => {
    const { email, query } = await queued("INPUT_RECEIPT");
    const res = await POST(
      new Request(`http://localhost/avmelding/utfor${query}`, {
        method: "POST",
        body: "List-Unsubscribe=One-Click",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
      ctx,
    );
    expect(res.status).toBe(200);
    expect(await optOuts(email)).toEqual(["HEARD_PUBLISHED", "INPUT_ANSWERED", "INPUT_RECEIPT"]);
  });

  it("the form POST turns a politician's one choice off and goes to the done page in the message's language", async () => {
    const { email, query } = await queued("SIGNUP_CONFIRMED");
    const res = await POST(new Request(`http://localhost/avmelding/utfor${query}`, { method: "POST", body: "" }), ctx);
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe("/avmelding?ferdig=1&sprak=en");
    expect(await optOuts(email)).toEqual(["SIGNUP_CONFIRMED"]);
  });

  it("GET changes nothing and shows the confirm page; a forged token changes nothing", async () => {
    const { email, query } = await queued("INPUT_RECEIPT");
    const get = await GET(new Request(`http://localhost/avmelding/utfor${query}`), ctx);
    expect(get.status).toBe(303);
    expect(get.headers.get("location")).toMatch(/^\/avmelding\?t=[0-9a-f-]{36}\.[\w-]+&sprak=en$/);
    const forged = query.replace(/\.([\w-])/, (_, c: string) => `.${c === "A" ? "B" : "A"}`);
    const res = await POST(new Request(`http://localhost/avmelding/utfor${forged}`, { method: "POST", body: "List-Unsubscribe=One-Click" }), ctx);
    expect(res.status).toBe(400);
    expect(await optOuts(email)).toEqual([]);
  });
});
