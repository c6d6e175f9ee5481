// The web map's service worker. It keeps the pages' files (the list the service gives for this
// version) so that the map opens without a network, answers the catalogue's URLs from the parks a
// visitor downloaded when the network does not answer, and plays downloaded audio with byte ranges.
// Served at /sw.js so that its scope is the whole site (docs/decisions/0072-offline-web-map.md).

const VERSION = new URL(self.location.href).searchParams.get('v') || 'unversioned';
const SHELL = `geoparks-shell-${VERSION}`;
const NETWORK_PATIENCE_MS = 6000;

self.addEventListener('install', event => {
  event.waitUntil((async () => {
    const response = await fetch('/webmap/offline-files.json', {cache: 'no-store'});
    const list = await response.json();
    const cache = await caches.open(SHELL);
    await cache.addAll(list.files.map(url => new Request(url, {cache: 'reload'})));
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', event => {
  event.waitUntil((async () => {
    for (const key of await caches.keys()) {
      if (key.startsWith('geoparks-shell-') && key !== SHELL) {
        await caches.delete(key);
      }
    }
    await self.clients.claim();
  })());
});

self.addEventListener('fetch', event => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // a base map's tiles: the browser's own cache
  if (url.pathname.startsWith('/api/v1/audio/') && !url.pathname.endsWith('.vtt')) {
    event.respondWith(audio(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(page(request));
  } else if (url.pathname.startsWith('/webmap/') || url.pathname.startsWith('/webjars/')) {
    event.respondWith(shellFirst(request));
  } else if (url.pathname.startsWith('/api/') || url.pathname.startsWith('/ogc/')) {
    event.respondWith(networkThenDownloaded(request));
  }
});

async function page(request) {
  try {
    return await fetch(request);
  } catch (e) {
    const shell = await caches.open(SHELL);
    return (await shell.match(request, {ignoreSearch: true})) || (await shell.match('/')) || offline();
  }
}

async function shellFirst(request) {
  const cached = await caches.match(request, {ignoreVary: true});
  return cached || fetch(request);
}

/** The network's answer; without one (or none in time), the downloaded copy, marked as such. */
async function networkThenDownloaded(request) {
  const network = fetch(request);
  const cached = await caches.match(request, {ignoreVary: true});
  if (!cached) {
    return network.catch(() => offline());
  }
  const answer = await Promise.race([network.catch(() => null), new Promise(resolve => setTimeout(() => resolve(null), NETWORK_PATIENCE_MS))]);
  return answer || marked(cached);
}

/** Audio never changes under its id: a downloaded copy is used first, with the byte ranges players ask for. */
async function audio(request) {
  const cached = await caches.match(request.url, {ignoreVary: true});
  if (!cached) {
    return fetch(request).catch(() => offline());
  }
  const range = request.headers.get('Range');
  if (!range) {
    return marked(cached);
  }
  const blob = await cached.blob();
  const size = blob.size;
  const m = /^bytes=(\d*)-(\d*)$/.exec(range.trim());
  let start;
  let end;
  if (!m || (m[1] === '' && m[2] === '')) {
    return new Response(null, {status: 416, headers: {'Content-Range': `bytes */${size}`}});
  }
  if (m[1] === '') {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === '' ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  if (start >= size || start > end) {
    return new Response(null, {status: 416, headers: {'Content-Range': `bytes */${size}`}});
  }
  return new Response(blob.slice(start, end + 1), {status: 206, headers: {
    'Content-Type': cached.headers.get('Content-Type') || 'application/octet-stream',
    'Content-Range': `bytes ${start}-${end}/${size}`,
    'Content-Length': String(end - start + 1),
    'Accept-Ranges': 'bytes',
    'X-Geoparks-Offline': '1',
  }});
}

function marked(response) {
  const headers = new Headers(response.headers);
  headers.set('X-Geoparks-Offline', '1');
  return new Response(response.body, {status: response.status, statusText: response.statusText, headers});
}

function offline() {
  return new Response(JSON.stringify({
    type: 'tag:geoparks.catalogue,2026:problem/offline', title: 'Offline', status: 503,
    detail: 'There is no network, and this was not downloaded for offline use.',
  }), {status: 503, headers: {'Content-Type': 'application/problem+json', 'X-Geoparks-Offline': '1'}});
}
