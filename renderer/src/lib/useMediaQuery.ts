// Whether a CSS media query matches now, re-rendering when that changes: for the few layout switches that
// change what is rendered (not only how), such as the header's tabs becoming a menu.
import { useCallback, useSyncExternalStore } from 'react';

/** Widths in rem follow the zoom level, as Tailwind's breakpoints do. */
export const WIDE_HEADER_QUERY = '(min-width: 64rem)';

export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      if (typeof window.matchMedia !== 'function') return () => undefined;
      const list = window.matchMedia(query);
      list.addEventListener('change', onChange);
      return () => list.removeEventListener('change', onChange);
    },
    [query],
  );
  // Without matchMedia (jsdom, or rendering to a string in unit tests) the wide layout is the one rendered.
  return useSyncExternalStore(
    subscribe,
    () => (typeof window.matchMedia === 'function' ? window.matchMedia(query).matches : true),
    () => true,
  );
}
