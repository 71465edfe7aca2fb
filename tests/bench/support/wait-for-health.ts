// The benches start a production server and wait for it the same way: /api/health answering
// 200 (the database reachable), polled until a deadline.
export async function waitForHealth(base: string, timeoutMs = 120_000, pollMs = 300): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, pollMs));
  }
  throw new Error("server did not start");
}
