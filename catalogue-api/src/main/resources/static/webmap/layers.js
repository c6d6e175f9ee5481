import {noticeOffline} from './common.js';

// The URLs of the catalogue's layers as the map asks for them. The offline download stores its
// copies under exactly these URLs, so that the service worker can answer them without a network.

export const PARK_LAYERS = ['places', 'routes', 'hazards', 'partners'];

export function parksUrl(lang) {
  return `/ogc/collections/parks/items?lang=${encodeURIComponent(lang)}&limit=100&f=json`;
}

export function layerUrl(collection, park, lang) {
  return `/ogc/collections/${collection}/items?park=${encodeURIComponent(park)}&lang=${encodeURIComponent(lang)}&limit=1000&f=json`;
}

export function guideUrl(placeId, lang) {
  return `/api/v1/places/${encodeURIComponent(placeId)}/guide?lang=${encodeURIComponent(lang)}`;
}

/** The path of a URL the catalogue gave (absolute or not), so that it is asked of this origin. */
export function localPath(url) {
  const parsed = new URL(url, location.origin);
  return parsed.pathname + parsed.search;
}

/** Reads every page of a collection (following its next links), as one FeatureCollection. */
export async function readCollection(url) {
  const features = [];
  let next = url;
  let offline = false;
  for (let pages = 0; next && pages < 50; pages++) {
    const response = await fetch(next, {cache: 'no-cache', headers: {Accept: 'application/geo+json, application/json'}});
    if (!response.ok) {
      throw new Error(`${next}: HTTP ${response.status}`);
    }
    offline = offline || response.headers.get('X-Geoparks-Offline') === '1';
    noticeOffline(offline);
    const page = await response.json();
    features.push(...(page.features || []));
    const link = (page.links || []).find(l => l.rel === 'next');
    next = link ? localPath(link.href) : null;
  }
  return {type: 'FeatureCollection', features, offline};
}
