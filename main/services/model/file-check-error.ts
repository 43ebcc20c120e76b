// A problem found inside a model or adapter file; validate-model-files adds which file it was.

export class FileCheckError extends Error {
  override readonly name = 'FileCheckError';
}
