// Where the sample evaluation data lives inside the app's resources folder (resources/ in the
// source tree; `extraResources` in electron-builder.yml copies it next to the packaged app).

/** Path segments of the sample JSONL under the resources folder. */
export const SAMPLE_EVALUATION_DATA = ['eval', 'sample-medical-flashcards.jsonl'] as const;
