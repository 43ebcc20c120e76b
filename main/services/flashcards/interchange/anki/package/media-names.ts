// Media names come from the package and later name files and links, so each must be one plain
// file name: no folders, no "..", no absolute or drive paths, nothing that is not printable.

/** Why `name` is not a safe media file name, or undefined when it is. */
export function unsafeMediaNameReason(name: string): string | undefined {
  if (name === '') return 'it is empty';
  if (name === '.' || name === '..') return 'it names a folder';
  if (/[/\\]/.test(name)) return 'it contains a path separator';
  if (/^[a-z]:/i.test(name)) return 'it starts with a drive letter';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is refused
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'it contains a control character';
  if (name.length > 255) return 'it is longer than 255 characters';
  return undefined;
}
