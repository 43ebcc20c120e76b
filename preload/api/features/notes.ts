// window.api functions for notes: read a note, edit its fields.
import type { MeaBridgeApi } from '../../contract/api';
import type { NotesApi } from '../../contract/features/notes';
import type { BridgeTools } from '../bridge-tools';

export function notesBridge({ call }: BridgeTools): Pick<MeaBridgeApi, keyof NotesApi> {
  return {
    getNote: (id) => call('notes:get', { id }),
    updateNote: (id, fields) => call('notes:update', { id, fields }),
  };
}
