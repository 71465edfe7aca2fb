"use client";

// After a save the page comes back (redirect) with a status message: move focus to it (or to
// the next input's heading), so keyboard and screen reader users continue from there rather
// than from the top of the page. Without JavaScript the message is still the first thing read.
import { useEffect } from "react";

export function FocusOnArrival({ targetId, token }: { targetId: string; token: string }) {
  useEffect(() => {
    document.getElementById(targetId)?.focus();
  }, [targetId, token]);
  return null;
}
