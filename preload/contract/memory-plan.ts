// What "Lower memory use" decided for the chosen model, with the figures it was decided from (Settings shows them).
import { z } from 'zod';

/** The stored choice: 'auto' decides from free memory at each load; 'on'/'off' are the student's own. */
export const lowMemoryChoiceSchema = z.enum(['auto', 'on', 'off']);
export type LowMemoryChoice = z.infer<typeof lowMemoryChoiceSchema>;

export const memoryPlanSchema = z.strictObject({
  choice: lowMemoryChoiceSchema,
  /** Whether the model is (or would be) loaded without mapping the file. */
  lowMemory: z.boolean(),
  /** What 'auto' decides with these figures (so Settings can word any choice before it is saved). */
  autoLowMemory: z.boolean(),
  /** Bytes of the model file. */
  fileBytes: z.number().int().min(0),
  /** Estimated resident memory of the model with the file mapped, and read into memory. */
  mappedBytes: z.number().int().min(0),
  readBytes: z.number().int().min(0),
  /** Free memory (MemAvailable) and total memory when it was decided. */
  freeBytes: z.number().int().min(0),
  totalBytes: z.number().int().min(0),
});
export type MemoryPlan = z.infer<typeof memoryPlanSchema>;
