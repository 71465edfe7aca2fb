"use client";

// "Skriv ut": rendered only once JavaScript runs (without it the button could do nothing);
// the hint next to it tells everyone how to print with the browser itself.
import { useEffect, useState } from "react";
import { Button } from "@/components/ds";

export function PrintButton({ label }: { label: string }) {
  const [ready, setReady] = useState(false);
  // eslint-disable-next-line react-hooks/set-state-in-effect -- mark hydration; the server renders nothing
  useEffect(() => setReady(true), []);
  if (!ready) return null;
  return (
    <Button type="button" variant="secondary" onClick={() => window.print()}>
      {label}
    </Button>
  );
}
