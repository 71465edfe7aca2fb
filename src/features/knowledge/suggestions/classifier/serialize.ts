// Compact storage of a model in one bytea: gzip of JSON whose large arrays are base64
// (idf as float32, head weights quantised to int16 per label row; the loss is far below
// what changes a ranking).
import { gunzipSync, gzipSync } from "node:zlib";
import type { Head } from "./heads";
import type { Field, Model } from "./model";
import { vocabularyFrom } from "./vectorize";

type StoredHead = {
  kind: Head["kind"];
  labels: string[];
  temperature: number;
  perDoc: number;
  bias: number[];
  scales: number[];
  weights: string;
  /** What the inner folds chose (absent in models stored before the NB/LR blend). */
  blend?: number;
  priorWeight?: number;
};
type Stored = { v: 1; terms: string[]; idf: string; heads: Partial<Record<Field, StoredHead>> };

const b64 = (a: ArrayBufferView) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString("base64");
const fromB64 = (s: string) => {
  const buf = Buffer.from(s, "base64");
  // Copy into an aligned buffer: typed arrays need an offset that is a multiple of their size.
  return new Uint8Array(buf).buffer;
};

export function serializeModel(model: Model): Uint8Array<ArrayBuffer> {
  const n = model.vocab.terms.length;
  const heads: Partial<Record<Field, StoredHead>> = {};
  for (const [field, h] of Object.entries(model.heads) as [Field, Head][]) {
    const q = new Int16Array(h.weights.length);
    const scales: number[] = [];
    for (let c = 0; c < h.labels.length; c++) {
      let max = 0;
      for (let f = 0; f < n; f++) max = Math.max(max, Math.abs(h.weights[c * n + f]!));
      const scale = max > 0 ? max / 32767 : 1;
      scales.push(scale);
      for (let f = 0; f < n; f++) q[c * n + f] = Math.round(h.weights[c * n + f]! / scale);
    }
    heads[field] = {
      kind: h.kind,
      labels: h.labels,
      temperature: h.temperature,
      perDoc: h.perDoc,
      bias: [...h.bias],
      scales,
      weights: b64(q),
      blend: h.blend,
      priorWeight: h.priorWeight,
    };
  }
  const stored: Stored = { v: 1, terms: model.vocab.terms, idf: b64(model.vocab.idf), heads };
  return new Uint8Array(gzipSync(JSON.stringify(stored)));
}

export function deserializeModel(bytes: Uint8Array): Model {
  const stored = JSON.parse(gunzipSync(bytes).toString("utf8")) as Stored;
  if (stored.v !== 1) throw new Error(`Unknown suggestion model version ${String(stored.v)}`);
  const n = stored.terms.length;
  const heads: Model["heads"] = {};
  for (const [field, h] of Object.entries(stored.heads) as [Field, StoredHead][]) {
    const q = new Int16Array(fromB64(h.weights));
    const weights = new Float32Array(q.length);
    for (let c = 0; c < h.labels.length; c++) for (let f = 0; f < n; f++) weights[c * n + f] = q[c * n + f]! * h.scales[c]!;
    heads[field] = {
      kind: h.kind,
      labels: h.labels,
      temperature: h.temperature,
      perDoc: h.perDoc,
      bias: Float32Array.from(h.bias),
      weights,
      blend: h.blend,
      priorWeight: h.priorWeight,
    };
  }
  return { vocab: vocabularyFrom(stored.terms, new Float32Array(fromB64(stored.idf))), heads };
}
