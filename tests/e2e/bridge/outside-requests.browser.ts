// Runs in the app's page (offline e2e): tries every way a page reaches another origin and reports what
// happened, with the CSP violations the browser raised. Installs globalThis.__meaTryOutside.
import type { OutsideAttempts } from './outside-attempts';

/** Resolves with what the callback reports, "threw <name>" if starting it throws, "no answer" after 3 s. */
function settle(start: (done: (result: string) => void) => void): Promise<string> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve('no answer'), 3000);
    const done = (result: string): void => {
      clearTimeout(timer);
      resolve(result);
    };
    try {
      start(done);
    } catch (error) {
      done(`threw ${error instanceof Error ? error.name : String(error)}`);
    }
  });
}

const loadedOrBlocked = (request: Promise<unknown>): Promise<string> =>
  request.then(
    () => 'loaded',
    () => 'blocked',
  );

async function tryOutside(outside: string): Promise<OutsideAttempts> {
  const violations: string[] = [];
  document.addEventListener('securitypolicyviolation', (event) =>
    violations.push(`${event.effectiveDirective} ${event.blockedURI}`),
  );
  const results: Record<string, string> = {
    fetch: await loadedOrBlocked(fetch(`${outside}/fetch`)),
    'fetch (remote host)': await loadedOrBlocked(fetch('https://example.com/')),
    xhr: await settle((done) => {
      const xhr = new XMLHttpRequest();
      xhr.onload = () => done('loaded');
      xhr.onerror = () => done('blocked');
      xhr.open('GET', `${outside}/xhr`);
      xhr.send();
    }),
    websocket: await settle((done) => {
      const socket = new WebSocket(`${outside.replace(/^http/, 'ws')}/ws`);
      socket.onopen = () => done('loaded');
      socket.onerror = () => done('blocked');
    }),
    eventsource: await settle((done) => {
      const source = new EventSource(`${outside}/events`);
      source.onopen = () => done('loaded');
      source.onerror = () => {
        source.close();
        done('blocked');
      };
    }),
    image: await settle((done) => {
      const image = new Image();
      image.onload = () => done('loaded');
      image.onerror = () => done('blocked');
      image.src = `${outside}/image.png`;
    }),
    // sendBeacon may report "queued" and still be refused by CSP; the outside server's hit count decides.
    beacon: navigator.sendBeacon(`${outside}/beacon`, 'x') ? 'queued' : 'blocked',
  };
  // Give a request that slipped through time to arrive, and violation events time to fire.
  await new Promise((resolve) => setTimeout(resolve, 500));
  return { results, violations };
}

(globalThis as unknown as { __meaTryOutside: typeof tryOutside }).__meaTryOutside = tryOutside;
