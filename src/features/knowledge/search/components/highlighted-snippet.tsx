// A snippet with its hits in <mark> (React elements, never raw HTML), in the input's language.
import { InputText } from "@/components/input-text";
import type { Snippet } from "../snippet";

export function HighlightedSnippet({ snippet, lang }: { snippet: Snippet; lang?: string | null }) {
  return (
    <p className="whitespace-pre-line">
      {snippet.cutStart && "… "}
      <InputText lang={lang}>{snippet.segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}</InputText>
      {snippet.cutEnd && " …"}
    </p>
  );
}
