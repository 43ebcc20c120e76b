// Content-addressed media (card images and audio): the store, its errors and the types it accepts.
export {
  MediaStore,
  MAX_MEDIA_FILE_BYTES,
  GARBAGE_GRACE_MS,
  type ByteRange,
  type MediaStoreOptions,
  type PutOptions,
  type StoredMedia,
} from './media-store';
export type { GarbageReport } from './collect-garbage';
export type { MediaRecord } from './media-repository';
export { MediaNotFoundError, MediaRejectedError, type MediaRejection } from './errors';
export { MEDIA_TYPES, sniffMediaType, type MediaType } from './sniff';
