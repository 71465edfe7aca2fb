// The supervisor's back-off: quick first restart, doubling pauses, and giving up (so a process
// manager takes over) after too many crashes in the window.
import { describe, expect, it } from "vitest";
import { createRestarter } from "../../scripts/lib/restart-policy";

describe("restart policy", () => {
  it("restarts with doubling pauses and gives up after maxCrashes in the window", () => {
    const next = createRestarter({ maxCrashes: 4, windowMs: 60_000, firstDelayMs: 500, maxDelayMs: 1500 });
    expect(next(0)).toEqual({ restart: true, delayMs: 500, crashesInWindow: 1 });
    expect(next(1000)).toEqual({ restart: true, delayMs: 1000, crashesInWindow: 2 });
    expect(next(2000)).toEqual({ restart: true, delayMs: 1500, crashesInWindow: 3 });
    expect(next(3000)).toEqual({ restart: false, crashesInWindow: 4 });
  });

  it("forgets crashes older than the window", () => {
    const next = createRestarter({ maxCrashes: 2, windowMs: 10_000, firstDelayMs: 100, maxDelayMs: 1000 });
    expect(next(0).restart).toBe(true);
    expect(next(20_000)).toEqual({ restart: true, delayMs: 100, crashesInWindow: 1 });
  });
});
