// Runs in the page before the app (e2e only): Chromium outside Electron has no app:// scheme and sends
// no request for one, so card media is pointed at the page's own loopback origin, where the harness
// answers with the same mediaResponse the app://media protocol uses. The URL the renderer set stays
// in data-app-src for specs to check. Images only: the page CSP allows media-src app://media alone,
// so audio keeps its URL (and, with preload="none", loads nothing until played).
const APP_MEDIA_PREFIX = 'app://media/';
const LOOPBACK_MEDIA_PATH = '/__app-media/';

function pointAtLoopback(node: Node): void {
  if (!(node instanceof HTMLImageElement)) return;
  const src = node.getAttribute('src');
  if (src === null || !src.startsWith(APP_MEDIA_PREFIX)) return;
  node.setAttribute('data-app-src', src);
  node.setAttribute('src', LOOPBACK_MEDIA_PATH + src.slice(APP_MEDIA_PREFIX.length));
}

new MutationObserver((records) => {
  for (const record of records) {
    if (record.type === 'attributes') pointAtLoopback(record.target);
    for (const added of record.addedNodes) {
      pointAtLoopback(added);
      if (added instanceof Element) added.querySelectorAll('img').forEach(pointAtLoopback);
    }
  }
}).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['src'] });
