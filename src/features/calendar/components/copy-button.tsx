"use client";

// Copies text to the clipboard. Rendered only once JavaScript runs: without it the button
// could do nothing, and the text can still be selected in its field.
import { useEffect, useState } from "react";
import { Button } from "@/components/ds";

export function CopyButton({ text, label, done, failed }: { text: string; label: string; done: string; failed: string }) {
  const [ready, setReady] = useState(false);
  const [result, setResult] = useState("");
  // eslint-disable-next-line react-hooks/set-state-in-effect -- mark hydration; the server renders nothing
  useEffect(() => setReady(true), []);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setResult(done);
    } catch {
      setResult(failed);
    }
  };
  return (
    <>
      {ready && (
        <Button type="button" variant="primary" onClick={copy}>
          {label}
        </Button>
      )}
      <span role="status" className="text-sm">
        {result}
      </span>
    </>
  );
}
