// OWNED BY THE SUGGESTIONS SLICE — contract only, to be replaced: the suggested insight
// category, topics and thematic plans for one input, with confidence and accept/reject.
export async function SuggestionPanel(_props: { inputId: string; returnTo: string }) {
  return null;
}
