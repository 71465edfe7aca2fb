// A snippet with its hits in <mark> (React elements, never raw HTML).
import type { Snippet } from "../snippet";

export function HighlightedSnippet({ snippet }: { snippet: Snippet }) {
  return (
    <p className="whitespace-pre-line">
      {snippet.cutStart && "… "}
      {snippet.segments.map((s, i) => (s.hit ? <mark key={i}>{s.text}</mark> : <span key={i}>{s.text}</span>))}
      {snippet.cutEnd && " …"}
    </p>
  );
}
