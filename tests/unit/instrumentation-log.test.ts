// Issue #19 point 4: one JSON log writer. The request-error hook writes through lib/logger.ts
// (the same line format, level threshold and Error serialisation as everything else), not a
// second JSON.stringify of its own.
import { describe, expect, it, vi } from "vitest";
import { onRequestError } from "@/instrumentation";
import { log } from "@/lib/logger";

describe("instrumentation", () => {
  it("logs a failed request with its digest and request id through the one logger", async () => {
    const error = vi.spyOn(log, "error").mockImplementation(() => undefined);
    const err = Object.assign(new Error("boom"), { digest: "12345" });
    await onRequestError(
      err,
      { path: "/x", method: "GET", headers: { "x-request-id": "req-1" } },
      { routerKind: "App Router", routePath: "/x", routeType: "render", renderSource: "react-server-components", revalidateReason: undefined },
    );
    expect(error).toHaveBeenCalledTimes(1);
    expect(error.mock.calls[0]![0]).toBe("request failed");
    expect(error.mock.calls[0]![1]).toMatchObject({ digest: "12345", requestId: "req-1", path: "/x", error: { message: "boom" } });
    error.mockRestore();
  });
});
