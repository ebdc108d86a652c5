// The acceptance model: a logistic regression over features of the entities the rules found, which
// keeps an entity only when its probability of being right reaches its type's threshold.
// Trained by scripts/train-acceptance.mjs on answered real excerpts; read from
// src/extract/lexicon/acceptance.json.
import { z } from 'zod'

/** Feature name → weight. A feature absent from the table weighs nothing. */
const Weights = z.record(z.string(), z.number())
const Probability = z.number().min(0).max(1)

export const AcceptanceModel = z.object({
  /** What the model was trained on, for the reader of the file. */
  trainedOn: z.string(),
  /** The probability below which an entity of a type is dropped. */
  thresholds: z.object({ Person: Probability, Unit: Probability, Place: Probability, Campaign: Probability, Measure: Probability }),
  weights: Weights,
})
export type AcceptanceModel = z.infer<typeof AcceptanceModel>
