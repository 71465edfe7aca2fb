// expectAccessible (fixtures.ts) is what every spec's axe check rests on: this proves it fails
// on known WCAG faults, in the page and inside a same-origin iframe (the mail outbox shows mail
// in one), and after a change to a page it has already checked (axe is injected once per
// document and reused).
import { expect, test } from "@playwright/test";
import { axeViolations, expectAccessible } from "./fixtures";

test("the axe check finds faults in the page, in an iframe, and after the page changes", async ({ page }) => {
  // Four axe runs: on a full run's loaded machine each can take 10–20 s (60 s ran out in CI).
  test.setTimeout(150_000);
  // A short page, so each axe run has little to read.
  // Hydrated first: React would otherwise drop the nodes added below when it hydrates the page.
  await page.goto("/logg-inn", { waitUntil: "networkidle" });
  await expectAccessible(page);

  // The same document again, now with an image without alt text: the reused axe sees it.
  await page.evaluate(() => {
    const img = document.createElement("img");
    img.src = "/favicon.ico";
    document.querySelector("main")!.append(img);
  });
  expect((await axeViolations(page)).map((v) => v.id)).toContain("image-alt");
  await expect(expectAccessible(page)).rejects.toThrow(/image-alt/);

  // A fresh document: a button without a name inside an iframe (srcdoc, same origin).
  await page.goto("/logg-inn", { waitUntil: "networkidle" });
  await page.evaluate(() => {
    const frame = document.createElement("iframe");
    frame.title = "Forhåndsvisning";
    frame.srcdoc = '<!doctype html><html lang="nb"><head><title>E-post</title></head><body><main><h1>E-post</h1><button></button></main></body></html>';
    document.querySelector("main")!.append(frame);
  });
  // Waited for through Playwright (not the frame's load event, which a page script may miss).
  await expect(page.frameLocator('iframe[title="Forhåndsvisning"]').getByRole("heading", { name: "E-post" })).toBeVisible();
  const inFrame = (await axeViolations(page)).find((v) => v.id === "button-name");
  expect(inFrame?.nodes.map((n) => n.target)).toEqual([["iframe", "button"]]);
});
