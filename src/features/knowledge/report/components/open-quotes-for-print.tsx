"use client";

// Opens every closed quote list (<details data-report-quotes>) before the browser prints and
// closes the same ones afterwards, so nothing is lost on paper whichever way printing starts
// (the «Skriv ut» button, Ctrl+P, the browser menu). The print stylesheet does the same for
// browsers that support ::details-content; `?sitater=alle` covers printing without JavaScript.
import { useEffect } from "react";

export function OpenQuotesForPrint() {
  useEffect(() => {
    let opened: HTMLDetailsElement[] = [];
    const before = () => {
      opened = [...document.querySelectorAll<HTMLDetailsElement>("details[data-report-quotes]:not([open])")];
      for (const d of opened) d.open = true;
    };
    const after = () => {
      for (const d of opened) d.open = false;
      opened = [];
    };
    window.addEventListener("beforeprint", before);
    window.addEventListener("afterprint", after);
    return () => {
      window.removeEventListener("beforeprint", before);
      window.removeEventListener("afterprint", after);
    };
  }, []);
  return null;
}
