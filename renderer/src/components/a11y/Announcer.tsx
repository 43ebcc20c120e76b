// One polite live region for the whole app, and useAnnounce() to speak through it: finished answers,
// the revealed back of a card, saved and deleted notices. Mounted once, around the app.
import { createContext, useContext, useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { createAnnouncer, type Announcer } from './announcer';

type Announce = (message: string) => void;

// Without a provider (a component rendered on its own) announcing does nothing.
const AnnounceContext = createContext<Announce>(() => undefined);

export function useAnnounce(): Announce {
  return useContext(AnnounceContext);
}

export function AnnouncerProvider({ children }: { children: ReactNode }) {
  const [announcer] = useState(createAnnouncer);
  useEffect(() => () => announcer.dispose(), [announcer]);
  return (
    <AnnounceContext.Provider value={announcer.announce}>
      {children}
      {/* Outside the app's root, so a dialog that makes the page behind it inert does not silence it. */}
      {createPortal(<LiveRegion announcer={announcer} />, document.body)}
    </AnnounceContext.Provider>
  );
}

/** Visually hidden, always in the page (a region added together with its text is often not read). */
export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const text = useSyncExternalStore(announcer.subscribe, announcer.current, announcer.current);
  return (
    <div role="status" aria-live="polite" aria-atomic="true" data-testid="live-region" className="sr-only">
      {text}
    </div>
  );
}
