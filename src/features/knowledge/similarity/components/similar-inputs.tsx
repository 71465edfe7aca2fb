// OWNED BY THE DUPLICATES SLICE — contract only, to be replaced: near-duplicates and
// same-point rewordings of one input, with "mark as duplicate" and "mentioned by N".
export async function SimilarInputs(_props: { inputId: string; returnTo: string }) {
  return null;
}
