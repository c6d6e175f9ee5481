// A park for use without a network: its offline pack (the audio guide's zip: the narrated places,
// their narrations, audio and transcripts) unpacked into the browser's Cache Storage under the URLs
// the map asks for, and the park's layers in the same language beside them. The service worker
// (/sw.js) answers those URLs from here when the network does not.
import {PARK_LAYERS, guideUrl, layerUrl, localPath, parksUrl} from './layers.js';
import {readZip} from './zip.js';

const INDEX = 'geoparks.offline';
const CACHE_PREFIX = 'geoparks-park-';

export function downloadedParks() {
  try {
    return JSON.parse(localStorage.getItem(INDEX) || '{}');
  } catch (e) {
    return {};
  }
}

export async function removePark(park) {
  await caches.delete(CACHE_PREFIX + park);
  const index = downloadedParks();
  delete index[park];
  localStorage.setItem(INDEX, JSON.stringify(index));
}

/** Downloads, checks (sizes and SHA-256 from the pack's manifest) and stores a park; progress(bytes) while downloading. */
export async function downloadPark(park, lang, progress = () => {}) {
  const response = await fetch(`/api/v1/parks/${encodeURIComponent(park)}/guide-pack?lang=${encodeURIComponent(lang)}`);
  if (!response.ok) {
    throw new Error(`HTTP ${response.status}`);
  }
  const bytes = await readAll(response, progress);
  const files = await readZip(bytes);
  const manifest = JSON.parse(new TextDecoder().decode(files.get('manifest.json')));
  for (const file of manifest.files) {
    const data = files.get(file.path);
    if (!data || data.length !== file.bytes || await sha256(data) !== file.sha256) {
      throw new Error(`${file.path} is damaged; download again`);
    }
  }
  const name = CACHE_PREFIX + park;
  await caches.delete(name);
  const cache = await caches.open(name);
  const places = JSON.parse(new TextDecoder().decode(files.get('places.geojson')));
  let narrations = 0;
  for (const feature of places.features) {
    const narration = feature.properties.narration;
    for (const audio of (narration && narration.audio) || []) {
      if (audio.file && files.has(audio.file)) {
        const data = files.get(audio.file);
        await cache.put(localPath(audio.url), new Response(data, {headers: {'Content-Type': audio.media_type, 'Content-Length': String(data.length)}}));
      }
      if (audio.transcript_file && files.has(audio.transcript_file)) {
        await cache.put(localPath(audio.transcript_url), new Response(files.get(audio.transcript_file), {headers: {'Content-Type': 'text/vtt; charset=utf-8'}}));
      }
    }
    if (narration) {
      narrations++;
    }
    await cache.put(guideUrl(feature.properties.place, lang), new Response(JSON.stringify(feature), {headers: {'Content-Type': 'application/geo+json'}}));
  }
  for (const url of [parksUrl(lang), ...PARK_LAYERS.map(c => layerUrl(c, park, lang))]) {
    const layer = await fetch(url, {headers: {Accept: 'application/geo+json, application/json'}});
    if (!layer.ok) {
      throw new Error(`${url}: HTTP ${layer.status}`);
    }
    await cache.put(url, layer);
  }
  const index = downloadedParks();
  index[park] = {lang, version: manifest.version, saved: new Date().toISOString(), bytes: bytes.length, narrations};
  localStorage.setItem(INDEX, JSON.stringify(index));
  return index[park];
}

async function readAll(response, progress) {
  const reader = response.body.getReader();
  const chunks = [];
  let total = 0;
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    chunks.push(value);
    total += value.length;
    progress(total);
  }
  const bytes = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, at);
    at += chunk.length;
  }
  return bytes;
}

async function sha256(data) {
  const digest = await crypto.subtle.digest('SHA-256', data);
  return [...new Uint8Array(digest)].map(b => b.toString(16).padStart(2, '0')).join('');
}
