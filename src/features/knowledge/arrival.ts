// What every new input gets on arrival, whatever the channel (public form, politician's
// recording, CSV import, demo seed): its search lemmas and the screening verdict. Flagged
// inputs are held for review until someone at the municipality has looked at them.
import { screenText } from "./screening/screen";
import { searchLemmas } from "./text/normalize";

export function arrivalFields(text: string, extraFlags: string[] = []) {
  const screening = screenText(text);
  const flags = [...new Set([...screening.flags, ...extraFlags])];
  return { searchLemmas: searchLemmas(text), flags, heldForReview: screening.hold || extraFlags.length > 0 };
}
