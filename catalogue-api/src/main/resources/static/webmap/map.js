// The tourists' map: the parks, their places by kind, routes, hazards and partners; search with
// typeahead; a panel per place (audio guide, hazards, partners, routes, feedback) and per route;
// "near me"; three languages; deep links; offline parks. Reads only the catalogue's public APIs.
import {ApiError, LANGUAGES, api, currentLanguage, distanceLabel, formatDate, formatNumber, h, languageButtons, pick,
  preferredLanguage, t, useLanguage} from './common.js';
import {PARK_LAYERS, guideUrl, layerUrl, localPath, parksUrl, readCollection} from './layers.js';
import {downloadPark, downloadedParks, removePark} from './offline.js';

const L = window.L;
const body = document.body;
const state = {
  parks: new Map(), places: new Map(), routes: new Map(), hazards: [], partners: new Map(),
  markers: new Map(), routeLines: new Map(), open: null, position: null, offline: false, failedParks: [],
};
const KINDS = ['geosite', 'cave', 'waterfall', 'lake', 'landform', 'fossil_site', 'archaeological_site', 'historical_relic',
  'religious_site', 'craft_village', 'viewpoint', 'information_centre'];
const NEARBY_PARTNERS_M = 10000;
let map;
let groups;
let layerControl;
let attribution;
let positionMarker;
let highlighted;

// ------------------------------------------------------------------------------------------ start

async function start() {
  await useLanguage(preferredLanguage(), false);
  languageButtons(changeLanguage);
  createMap();
  wireSearch();
  wirePanel();
  wireNearMe();
  wireOffline();
  window.addEventListener('geoparks-offline', () => {
    state.offline = true;
    if (!state.failedParks.length) showBanner(t('web.offline.banner'));
  });
  await loadData();
  window.addEventListener('popstate', openFromHash);
  window.addEventListener('hashchange', openFromHash);
  await openFromHash();
  registerServiceWorker();
  body.dataset.ready = 'true';
}

async function changeLanguage(lang) {
  if (!LANGUAGES.includes(lang)) return;
  await useLanguage(lang, true);
  relabelMap();
  await loadData();
  await openFromHash();
}

// -------------------------------------------------------------------------------------------- map

function createMap() {
  map = L.map('map', {zoomControl: true, minZoom: 4, maxZoom: 18, worldCopyJump: false, keyboard: true});
  map.attributionControl.setPrefix(false);
  if (body.dataset.baseTiles) {
    L.tileLayer(body.dataset.baseTiles, {attribution: body.dataset.baseAttribution, maxZoom: Number(body.dataset.baseMaxZoom) || 18,
      crossOrigin: true}).addTo(map);
  }
  groups = {parks: L.featureGroup(), routes: L.featureGroup(), places: L.featureGroup(), hazards: L.featureGroup(), partners: L.featureGroup()};
  for (const name of ['parks', 'routes', 'places', 'hazards', 'partners']) {
    groups[name].addTo(map);
  }
  map.setView([22.7, 106.5], 8);
  relabelMap();
}

function relabelMap() {
  if (layerControl) layerControl.remove();
  const overlays = {};
  for (const name of ['parks', 'places', 'routes', 'hazards', 'partners']) {
    overlays[t(`web.layers.${name}`)] = groups[name];
  }
  layerControl = L.control.layers(null, overlays, {collapsed: true}).addTo(map);
  const toggle = layerControl.getContainer().querySelector('.leaflet-control-layers-toggle');
  if (toggle) {
    toggle.setAttribute('aria-label', t('web.layers.label'));
    toggle.setAttribute('title', t('web.layers.label'));
    toggle.setAttribute('role', 'button');
  }
  if (attribution) map.attributionControl.removeAttribution(attribution);
  attribution = t('web.attribution');
  map.attributionControl.addAttribution(attribution);
  const container = map.getContainer();
  container.setAttribute('aria-label', t('web.map.label'));
  for (const [button, key] of [['.leaflet-control-zoom-in', 'web.map.zoom-in'], ['.leaflet-control-zoom-out', 'web.map.zoom-out']]) {
    const el = container.querySelector(button);
    if (el) {
      el.setAttribute('aria-label', t(key));
      el.setAttribute('title', t(key));
    }
  }
}

async function loadData() {
  const lang = currentLanguage();
  let parks;
  try {
    parks = await readCollection(parksUrl(lang));
  } catch (e) {
    showBanner(t('web.error.load'));
    return;
  }
  state.offline = parks.offline;
  state.parks = new Map(parks.features.map(f => [f.id, f]));
  const catalogued = parks.features.filter(f => f.properties.catalogued);
  const places = new Map();
  const routes = new Map();
  const partners = new Map();
  const hazards = [];
  state.failedParks = [];
  await Promise.all(catalogued.map(async park => {
    try {
      const [p, r, z, q] = await Promise.all(PARK_LAYERS.map(c => readCollection(layerUrl(c, park.id, lang))));
      state.offline = state.offline || p.offline;
      p.features.forEach(f => places.set(f.id, f));
      r.features.forEach(f => routes.set(f.id, f));
      z.features.forEach(f => hazards.push(f));
      q.features.forEach(f => partners.set(f.id, f));
    } catch (e) {
      state.failedParks.push(park.id);
    }
  }));
  Object.assign(state, {places, routes, hazards, partners});
  draw(catalogued);
  if (state.failedParks.length) {
    showBanner(t(state.offline ? 'web.offline.partial' : 'web.error.load'));
  } else if (state.offline) {
    showBanner(t('web.offline.banner'));
  } else {
    hideBanner();
  }
}

function draw(catalogued) {
  for (const group of Object.values(groups)) group.clearLayers();
  state.markers.clear();
  state.routeLines.clear();
  for (const park of state.parks.values()) {
    if (!park.geometry) continue;
    L.geoJSON(park, {interactive: false, style: park.properties.catalogued
        ? {color: '#0b5d3b', weight: 2, fillColor: '#cfe8d5', fillOpacity: 0.3}
        : {color: '#4b5a50', weight: 1, dashArray: '4 4', fillColor: '#e7ece8', fillOpacity: 0.15}}).addTo(groups.parks);
  }
  for (const route of state.routes.values()) {
    if (!route.geometry) continue;
    const line = L.geoJSON(route, {style: {color: '#5b2c8f', weight: 4, opacity: 0.75}});
    line.on('click', () => openRoute(route.id, {fly: false}));
    line.bindTooltip(route.properties.name, {sticky: true});
    line.addTo(groups.routes);
    state.routeLines.set(route.id, line);
  }
  for (const place of state.places.values()) {
    const at = pointOf(place);
    if (!at) continue;
    const p = place.properties;
    const label = `${p.name} — ${kindLabel(p.kind)}${p.status !== 'open' ? ` — ${t(`web.status.${p.status}`)}` : ''}`;
    const marker = L.marker(at, {
      icon: L.divIcon({className: `marker marker-place kind-${p.kind} status-${p.status}`, html: '<span class="marker-badge"></span>',
        iconSize: [30, 30], iconAnchor: [15, 15]}),
      title: label, keyboard: true, riseOnHover: true,
    });
    marker.on('click', () => openPlace(place.id, {fly: false}));
    marker.on('add', () => accessible(marker, label));
    marker.addTo(groups.places);
    state.markers.set(place.id, marker);
  }
  for (const hazard of state.hazards) {
    const at = pointOf(hazard);
    if (!at) continue;
    const p = hazard.properties;
    const label = `${t('web.hazard.label')}: ${p.title} — ${t(`web.severity.${p.severity}`)}`;
    const marker = L.marker(at, {
      icon: L.divIcon({className: `marker marker-hazard severity-${p.severity}`, html: '', iconSize: [24, 22], iconAnchor: [12, 26]}),
      title: label, keyboard: true,
    });
    marker.on('click', () => (p.place && state.places.has(p.place) ? openPlace(p.place, {fly: false}) : openFeature('hazards', hazard.id)));
    marker.on('add', () => accessible(marker, label));
    marker.addTo(groups.hazards);
  }
  for (const partner of state.partners.values()) {
    const at = pointOf(partner);
    if (!at) continue;
    const p = partner.properties;
    const label = `${p.name} — ${t(`web.partner.type.${p.type}`)}`;
    const marker = L.marker(at, {
      icon: L.divIcon({className: `marker marker-partner partner-${p.type}`, html: '', iconSize: [18, 18], iconAnchor: [9, 9]}),
      title: label, keyboard: true,
    });
    marker.on('click', () => openFeature('partners', partner.id));
    marker.on('add', () => accessible(marker, label));
    marker.addTo(groups.partners);
  }
  if (!state.fitted) {
    const bounds = L.latLngBounds([]);
    for (const park of catalogued) {
      if (park.geometry) bounds.extend(L.geoJSON(park).getBounds());
    }
    if (bounds.isValid()) {
      map.fitBounds(bounds, {padding: [10, 10]});
      state.fitted = true;
    }
  }
}

/** A marker is a button: named, focusable, and opened with Enter or Space as with a click. */
function accessible(marker, label) {
  const el = marker.getElement();
  if (el && !el.dataset.keyboard) {
    el.dataset.keyboard = 'true';
    el.setAttribute('aria-label', label);
    el.setAttribute('role', 'button');
    el.addEventListener('keydown', e => {
      if (e.key === 'Enter' || e.key === ' ') {
        e.preventDefault();
        marker.fire('click');
      }
    });
  } else if (el) {
    el.setAttribute('aria-label', label);
  }
}

/** Where to put a feature's marker: its point, or the middle of its shape. */
function pointOf(feature) {
  const g = feature && feature.geometry;
  if (!g) return null;
  if (g.type === 'Point') return L.latLng(g.coordinates[1], g.coordinates[0]);
  return L.geoJSON(feature).getBounds().getCenter();
}

function kindLabel(kind) {
  return KINDS.includes(kind) ? t(`web.kind.${kind}`) : kind;
}

// --------------------------------------------------------------------------------------- panels

function wirePanel() {
  document.getElementById('panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', e => {
    if (e.key === 'Escape' && !document.getElementById('panel').hidden && !document.querySelector('dialog[open]')) {
      closePanel();
    }
  });
}

function showPanel(content, {focus = true} = {}) {
  const panel = document.getElementById('panel');
  const target = document.getElementById('panel-body');
  stopAudio();
  target.replaceChildren(content);
  panel.hidden = false;
  body.classList.add('panel-open');
  map.invalidateSize();
  if (focus) {
    const heading = target.querySelector('h2');
    (heading || panel).focus({preventScroll: false});
  }
}

function closePanel() {
  stopAudio();
  const panel = document.getElementById('panel');
  panel.hidden = true;
  body.classList.remove('panel-open');
  state.open = null;
  unhighlight();
  if (location.hash) history.pushState(null, '', location.pathname + location.search);
  map.invalidateSize();
  document.getElementById('search-input').focus();
}

function stopAudio() {
  const audio = document.getElementById('guide-audio');
  if (audio) audio.pause();
}

function remember(hash) {
  if (location.hash !== `#${hash}`) history.pushState(null, '', `#${hash}`);
}

async function openFromHash() {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  if (params.get('place')) {
    await openPlace(params.get('place'), {fly: true, push: false});
  } else if (params.get('route')) {
    await openRoute(params.get('route'), {fly: true, push: false});
  } else if (params.get('feature')) {
    const [collection, id] = params.get('feature').split('/');
    await openFeature(collection, id, {push: false});
  } else if (!document.getElementById('panel').hidden && state.open) {
    document.getElementById('panel').hidden = true;
    body.classList.remove('panel-open');
    state.open = null;
  }
}

async function feature(collection, id) {
  const lang = currentLanguage();
  const known = collection === 'places' ? state.places.get(id) : collection === 'routes' ? state.routes.get(id) : null;
  if (known) return known;
  const {data} = await api(`/ogc/collections/${encodeURIComponent(collection)}/items/${encodeURIComponent(id)}?lang=${lang}&f=json`);
  return data;
}

function heading(text, lang) {
  return h('h2', {id: 'panel-title', tabindex: '-1', lang}, text);
}

async function openPlace(id, {fly = true, push = true} = {}) {
  let place;
  try {
    place = await feature('places', id);
  } catch (e) {
    showPanel(h('div', {}, heading(t('web.place.not-found')), h('p', {}, e.message)));
    return;
  }
  if (push) remember(`place=${encodeURIComponent(id)}`);
  state.open = {type: 'place', id};
  const p = place.properties;
  const at = pointOf(place);
  highlight(state.markers.get(id));
  const park = state.parks.get(p.park);
  const article = h('article', {class: 'place', 'aria-labelledby': 'panel-title', 'data-place': id},
    h('p', {class: 'eyebrow'}, h('span', {class: `kind-chip kind-${p.kind}`, 'aria-hidden': 'true'}), kindLabel(p.kind),
      park ? ` · ${park.properties.name}` : ''),
    heading(p.name),
    statusLine(p),
    hazardsOf(id),
    h('section', {class: 'guide', id: 'guide-section', 'aria-labelledby': 'guide-title'},
      h('h3', {id: 'guide-title'}, t('web.guide.title')), h('p', {class: 'muted'}, t('web.loading'))),
    p.description ? h('p', {class: 'description'}, p.description) : null,
    photos(p.media),
    p.accessibility ? h('p', {class: 'accessibility'}, h('strong', {}, `${t('web.place.accessibility')} `), p.accessibility) : null,
    routesVisiting(id),
    partnersNear(place),
    h('section', {class: 'feedback', id: 'feedback-section', 'aria-labelledby': 'feedback-title'},
      h('h3', {id: 'feedback-title'}, t('web.feedback.title'))),
    shareLink(`place=${encodeURIComponent(id)}`));
  showPanel(article);
  if (at && fly) map.flyTo(at, Math.max(map.getZoom(), 13), {duration: 0.6});
  await Promise.all([fillGuide(id), fillFeedback(id)]);
}

function statusLine(p) {
  const parts = [t(`web.status.${p.status}`)];
  const reason = pick(p.status_reason);
  if (reason) parts.push(reason);
  if (p.reopens) parts.push(t('web.status.reopens', formatDate(p.reopens)));
  return h('p', {class: `status status-${p.status}`, 'data-status': p.status},
    h('span', {class: 'status-dot', 'aria-hidden': 'true'}), parts.join(' — '));
}

function hazardsOf(placeId) {
  const list = state.hazards.filter(z => z.properties.place === placeId);
  if (!list.length) return null;
  return h('section', {class: 'hazards', 'aria-labelledby': 'hazards-title'},
    h('h3', {id: 'hazards-title'}, t('web.hazards.title')),
    h('ul', {}, list.map(hazardItem)));
}

function hazardItem(z) {
  const p = z.properties;
  return h('li', {class: `hazard severity-${p.severity}`},
    h('strong', {}, p.title), ' ',
    h('span', {class: 'severity'}, `(${t(`web.hazard.type.${p.type}`)}, ${t(`web.severity.${p.severity}`)})`),
    p.advice ? h('p', {}, p.advice) : null,
    p.valid_until ? h('p', {class: 'muted'}, t('web.hazard.until', formatDate(p.valid_until))) : null);
}

function photos(media) {
  const list = (media || []).filter(m => m && m.type === 'photo' && m.url);
  if (!list.length) return null;
  return h('section', {class: 'photos', 'aria-label': t('web.place.photos')},
    list.slice(0, 6).map(m => h('figure', {},
      h('img', {src: m.url, alt: pick(m.caption) || t('web.place.photo'), loading: 'lazy', referrerpolicy: 'no-referrer'}),
      h('figcaption', {}, [pick(m.caption), m.licence].filter(Boolean).join(' — ')))));
}

function routesVisiting(placeId) {
  const list = [...state.routes.values()].filter(r => (r.properties.stops || []).includes(placeId));
  if (!list.length) return null;
  return h('section', {class: 'routes', 'aria-labelledby': 'routes-title'},
    h('h3', {id: 'routes-title'}, t('web.place.routes')),
    h('ul', {class: 'link-list'}, list.map(r => h('li', {},
      h('button', {type: 'button', class: 'link', onclick: () => openRoute(r.id)}, r.properties.name)))));
}

function partnersNear(place) {
  const at = pointOf(place);
  if (!at) return null;
  const near = [...state.partners.values()]
    .map(p => ({p, d: pointOf(p) ? at.distanceTo(pointOf(p)) : Infinity}))
    .filter(x => x.d <= NEARBY_PARTNERS_M)
    .sort((a, b) => a.d - b.d).slice(0, 6);
  if (!near.length) return null;
  return h('section', {class: 'partners', 'aria-labelledby': 'partners-title'},
    h('h3', {id: 'partners-title'}, t('web.place.partners')),
    h('ul', {class: 'link-list'}, near.map(({p, d}) => h('li', {},
      h('button', {type: 'button', class: 'link', onclick: () => openFeature('partners', p.id)}, p.properties.name),
      h('span', {class: 'muted'}, ` ${t(`web.partner.type.${p.properties.type}`)} · ${distanceLabel(d)}`)))));
}

function shareLink(hash) {
  const url = `${location.origin}${location.pathname}#${hash}`;
  const status = h('span', {class: 'muted', role: 'status'});
  return h('p', {class: 'share'},
    h('a', {href: `#${hash}`, class: 'share-link'}, t('web.place.link')), ' ',
    h('button', {type: 'button', class: 'secondary small', onclick: async () => {
      try {
        await navigator.clipboard.writeText(url);
        status.textContent = t('web.place.copied');
      } catch (e) {
        status.textContent = url;
      }
    }}, t('web.place.copy')), ' ', status);
}

// ---------------------------------------------------------------------------------- audio guide

async function fillGuide(placeId) {
  const section = document.getElementById('guide-section');
  if (!section) return;
  const title = h('h3', {id: 'guide-title'}, t('web.guide.title'));
  let guide;
  try {
    guide = (await api(guideUrl(placeId, currentLanguage()))).data;
  } catch (e) {
    const text = e instanceof ApiError && e.status === 404 ? t('web.guide.none') : t('web.guide.unavailable');
    section.replaceChildren(title, h('p', {class: 'muted'}, text));
    return;
  }
  if (!isStillOpen('place', placeId)) return;
  const n = guide.properties.narration;
  if (!n) {
    section.replaceChildren(title, h('p', {class: 'muted'}, t('web.guide.none')));
    return;
  }
  const parts = [title, h('p', {class: 'guide-title', lang: n.language}, n.title)];
  if (n.language !== currentLanguage()) {
    parts.push(h('p', {class: 'note'}, t('web.guide.language-fallback', t(`web.language.${n.language}`) || n.language)));
  }
  const audio = (n.audio || [])[0];
  const transcript = h('div', {class: 'transcript', id: 'guide-transcript', lang: n.language});
  if (audio) {
    const player = h('audio', {id: 'guide-audio', controls: true, preload: 'metadata', lang: n.language,
      'data-language': n.language, 'data-asset': audio.id, 'aria-label': t('web.guide.player', n.title)},
    h('source', {src: localPath(audio.url), type: audio.media_type}));
    if (audio.transcript_url) {
      player.append(h('track', {kind: 'captions', src: localPath(audio.transcript_url), srclang: n.language,
        label: t(`web.language.${n.language}`), default: true}));
    }
    parts.push(player, playerButtons(player));
    if (audio.origin === 'synthesized') parts.push(h('p', {class: 'note'}, t('web.guide.draft')));
    parts.push(h('h4', {}, t('web.guide.transcript')), transcript);
    section.replaceChildren(...parts);
    followTranscript(player, transcript, n.script);
  } else {
    parts.push(h('p', {class: 'note'}, t('web.guide.text-only')), h('h4', {}, t('web.guide.transcript')), transcript);
    transcript.append(h('p', {}, n.script));
    section.replaceChildren(...parts);
  }
}

function isStillOpen(type, id) {
  return state.open && state.open.type === type && state.open.id === id;
}

/** Buttons that work with the keyboard and a screen reader as well as the native controls do. */
function playerButtons(player) {
  const play = h('button', {type: 'button', class: 'secondary', 'aria-pressed': 'false'}, t('web.guide.play'));
  const update = () => {
    play.textContent = player.paused ? t('web.guide.play') : t('web.guide.pause');
    play.setAttribute('aria-pressed', String(!player.paused));
  };
  play.addEventListener('click', () => (player.paused ? player.play().catch(() => {}) : player.pause()));
  player.addEventListener('play', update);
  player.addEventListener('pause', update);
  player.addEventListener('ended', update);
  const skip = seconds => () => {
    player.currentTime = Math.max(0, Math.min((player.duration || 0), player.currentTime + seconds));
  };
  return h('div', {class: 'player-buttons', role: 'group', 'aria-label': t('web.guide.controls')},
    h('button', {type: 'button', class: 'secondary', onclick: skip(-10)}, t('web.guide.back')),
    play,
    h('button', {type: 'button', class: 'secondary', onclick: skip(10)}, t('web.guide.forward')));
}

/** The transcript as its cues, the one being spoken marked; a cue is a button that plays from there. */
function followTranscript(player, container, script) {
  const trackElement = player.querySelector('track');
  const fallback = () => {
    if (!container.childElementCount) container.append(h('p', {}, script));
  };
  if (!trackElement) {
    fallback();
    return;
  }
  const track = trackElement.track;
  track.mode = 'hidden';
  const build = () => {
    const cues = track.cues ? [...track.cues] : [];
    if (!cues.length) {
      fallback();
      return;
    }
    container.replaceChildren(h('ol', {class: 'cues'}, cues.map((cue, i) => h('li', {},
      h('button', {type: 'button', class: 'cue', 'data-cue': i, onclick: () => {
        player.currentTime = cue.startTime;
        player.play().catch(() => {});
      }}, cue.text)))));
  };
  trackElement.addEventListener('load', build);
  trackElement.addEventListener('error', fallback);
  track.addEventListener('cuechange', () => {
    const active = track.activeCues && track.activeCues[0];
    const cues = [...(track.cues || [])];
    container.querySelectorAll('.cue').forEach((button, i) => {
      const current = active && cues[i] === active;
      button.classList.toggle('current', Boolean(current));
      if (current) button.setAttribute('aria-current', 'true'); else button.removeAttribute('aria-current');
    });
  });
  if (trackElement.readyState === 2) build();
}

// ------------------------------------------------------------------------------------- feedback

async function fillFeedback(placeId) {
  const section = document.getElementById('feedback-section');
  if (!section) return;
  const approved = h('div', {class: 'approved'});
  try {
    const {data} = await api(`/api/v1/places/${encodeURIComponent(placeId)}/feedback?limit=10`);
    if (data.count > 0) {
      approved.append(h('p', {class: 'average'}, t('web.feedback.average', formatNumber(data.average_rating, 1), formatNumber(data.count))),
        h('ul', {class: 'comments'}, data.items.filter(i => i.comment).map(i => h('li', {},
          h('span', {class: 'stars', 'aria-label': t('web.feedback.star', i.rating)}, '★'.repeat(i.rating) + '☆'.repeat(5 - i.rating)), ' ',
          h('q', {lang: i.language || undefined}, i.comment)))));
    } else {
      approved.append(h('p', {class: 'muted'}, t('web.feedback.none')));
    }
  } catch (e) {
    approved.append(h('p', {class: 'muted'}, t('web.feedback.unavailable')));
  }
  if (!isStillOpen('place', placeId)) return;
  section.replaceChildren(h('h3', {id: 'feedback-title'}, t('web.feedback.title')), approved, feedbackForm(placeId));
}

function feedbackForm(placeId) {
  const max = Number(body.dataset.feedbackMax) || 1000;
  const stars = h('fieldset', {class: 'rating'}, h('legend', {}, t('web.feedback.rating')),
    [1, 2, 3, 4, 5].map(n => h('label', {class: 'star'},
      h('input', {type: 'radio', name: 'rating', value: n, required: true}),
      h('span', {'aria-hidden': 'true'}, '★'), h('span', {class: 'visually-hidden'}, t('web.feedback.star', n)))));
  const comment = h('textarea', {id: 'feedback-comment', name: 'comment', maxlength: max, rows: 3});
  const remaining = h('p', {class: 'muted', id: 'feedback-remaining', 'aria-live': 'polite'}, t('web.feedback.remaining', max));
  comment.addEventListener('input', () => {
    remaining.textContent = t('web.feedback.remaining', max - [...comment.value].length);
  });
  const status = h('p', {class: 'form-status', role: 'status', 'aria-live': 'polite', id: 'feedback-status'});
  const form = h('form', {class: 'feedback-form', id: 'feedback-form'},
    stars,
    h('label', {for: 'feedback-comment'}, t('web.feedback.comment')), comment, remaining,
    h('p', {class: 'muted'}, t('web.feedback.moderated')),
    h('button', {type: 'submit'}, t('web.feedback.send')), status);
  form.addEventListener('submit', async e => {
    e.preventDefault();
    const rating = form.querySelector('input[name=rating]:checked');
    if (!rating) {
      status.textContent = t('web.feedback.choose-rating');
      return;
    }
    try {
      await api('/api/v1/feedback', {method: 'POST',
        body: {place: placeId, rating: Number(rating.value), comment: comment.value, language: currentLanguage()}});
      form.replaceChildren(h('p', {class: 'form-status success', role: 'status', id: 'feedback-status'}, t('web.feedback.thanks')));
    } catch (err) {
      if (err instanceof ApiError && err.status === 429) {
        const wait = Number(err.headers && err.headers.get('Retry-After')) || 60;
        status.textContent = t('web.feedback.too-many', Math.ceil(wait / 60));
      } else if (err instanceof ApiError && err.status === 422) {
        status.textContent = t('web.feedback.invalid', err.message);
      } else {
        status.textContent = t('web.feedback.failed');
      }
    }
  });
  return form;
}

// ------------------------------------------------------------------------------------- routes

async function openRoute(id, {fly = true, push = true} = {}) {
  let route;
  try {
    route = await feature('routes', id);
  } catch (e) {
    showPanel(h('div', {}, heading(t('web.route.not-found')), h('p', {}, e.message)));
    return;
  }
  if (push) remember(`route=${encodeURIComponent(id)}`);
  state.open = {type: 'route', id};
  const p = route.properties;
  const line = state.routeLines.get(id);
  highlight(line);
  const facts = [t(`web.route.mode.${p.mode}`), t(`web.route.difficulty.${p.difficulty}`)];
  if (p.length_m != null) facts.push(t('web.route.length', formatNumber(p.length_m / 1000, 1)));
  if (p.duration_hours != null) facts.push(t('web.route.duration', formatNumber(p.duration_hours, 1)));
  const stops = (p.stops || []).map((stopId, i) => {
    const place = state.places.get(stopId);
    const name = place ? place.properties.name : stopId;
    const status = place ? place.properties.status : null;
    return h('li', {'data-stop': stopId},
      h('button', {type: 'button', class: 'link', onclick: () => openPlace(stopId)}, name),
      status && status !== 'open' ? h('span', {class: `badge status-${status}`}, ` ${t(`web.status.${status}`)}`) : null);
  });
  const lang = currentLanguage();
  const article = h('article', {class: 'route', 'aria-labelledby': 'panel-title', 'data-route': id},
    h('p', {class: 'eyebrow'}, t('web.route.label')),
    heading(p.name),
    h('p', {class: 'facts'}, facts.join(' · ')),
    h('section', {class: 'verdict', id: 'verdict-section', 'aria-labelledby': 'verdict-title'},
      h('h3', {id: 'verdict-title'}, t('web.route.verdict.title')), h('p', {class: 'muted'}, t('web.loading'))),
    p.description ? h('p', {class: 'description'}, p.description) : null,
    h('section', {class: 'stops', 'aria-labelledby': 'stops-title'}, h('h3', {id: 'stops-title'}, t('web.route.stops')),
      h('ol', {class: 'stop-list'}, stops)),
    h('p', {}, h('a', {class: 'button-link', href: `/api/v1/routes/${encodeURIComponent(id)}.gpx?lang=${lang}`, download: `${id}.gpx`,
      type: 'application/gpx+xml'}, t('web.route.gpx'))),
    shareLink(`route=${encodeURIComponent(id)}`));
  showPanel(article);
  if (line && fly) map.flyToBounds(line.getBounds(), {padding: [30, 30], duration: 0.6});
  await fillVerdict(id);
}

async function fillVerdict(routeId) {
  const section = document.getElementById('verdict-section');
  const today = new Date();
  const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
  const title = h('h3', {id: 'verdict-title'}, t('web.route.verdict.title'));
  try {
    const {data} = await api(`/api/v1/routes/${encodeURIComponent(routeId)}/hazards?date=${date}&lang=${currentLanguage()}`);
    if (!isStillOpen('route', routeId)) return;
    const verdict = data.verdict;
    section.replaceChildren(title,
      h('p', {class: `verdict-badge verdict-${verdict}`, 'data-verdict': verdict}, t(`web.route.verdict.${verdict}`)),
      (data.features || []).length ? h('ul', {}, data.features.map(hazardItem)) : null);
  } catch (e) {
    if (!isStillOpen('route', routeId)) return;
    section.replaceChildren(title, h('p', {class: 'muted'}, t('web.route.verdict.unavailable')));
  }
}

// ------------------------------------------------------------------------ other kinds of record

async function openFeature(collection, id, {push = true} = {}) {
  let f;
  try {
    f = await feature(collection, id);
  } catch (e) {
    showPanel(h('div', {}, heading(t('web.place.not-found')), h('p', {}, e.message)));
    return;
  }
  if (push) remember(`feature=${encodeURIComponent(collection)}/${encodeURIComponent(id)}`);
  state.open = {type: 'feature', id};
  const p = f.properties || {};
  const at = pointOf(f);
  unhighlight();
  const name = p.name || p.title || id;
  const eyebrow = collection === 'partners' ? t(`web.partner.type.${p.type}`)
    : collection === 'hazards' ? `${t(`web.hazard.type.${p.type}`)} · ${t(`web.severity.${p.severity}`)}`
      : t(`web.collection.${collection}`);
  const contact = p.contact || {};
  showPanel(h('article', {class: 'feature', 'aria-labelledby': 'panel-title'},
    h('p', {class: 'eyebrow'}, eyebrow),
    heading(name),
    p.description ? h('p', {class: 'description'}, p.description) : null,
    p.advice ? h('p', {class: 'description'}, p.advice) : null,
    p.text ? h('p', {class: 'description'}, p.text) : null,
    contact.phone || contact.website ? h('p', {},
      contact.phone ? h('a', {href: `tel:${contact.phone.replace(/\s/g, '')}`}, contact.phone) : null, ' ',
      contact.website ? h('a', {href: contact.website, rel: 'noopener', target: '_blank'}, t('web.partner.website')) : null) : null,
    p.sample ? h('p', {class: 'note'}, t('web.partner.sample')) : null,
    shareLink(`feature=${encodeURIComponent(collection)}/${encodeURIComponent(id)}`)));
  if (at) map.flyTo(at, Math.max(map.getZoom(), 12), {duration: 0.6});
}

function highlight(layer) {
  unhighlight();
  if (!layer) return;
  highlighted = layer;
  if (layer.setStyle) layer.setStyle({color: '#c2410c', weight: 7, opacity: 1});
  else if (layer.getElement && layer.getElement()) layer.getElement().classList.add('selected');
}

function unhighlight() {
  if (!highlighted) return;
  if (highlighted.setStyle) highlighted.setStyle({color: '#5b2c8f', weight: 4, opacity: 0.75});
  else if (highlighted.getElement && highlighted.getElement()) highlighted.getElement().classList.remove('selected');
  highlighted = null;
}

// ------------------------------------------------------------------------------------- search

function wireSearch() {
  const form = document.getElementById('search-form');
  const input = document.getElementById('search-input');
  const list = document.getElementById('suggestions');
  let timer;
  let suggestions = [];
  let active = -1;
  let asked = 0;
  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = i => {
    active = i;
    list.querySelectorAll('[role=option]').forEach((li, j) => li.setAttribute('aria-selected', String(j === i)));
    if (i >= 0) input.setAttribute('aria-activedescendant', `suggestion-${i}`); else input.removeAttribute('aria-activedescendant');
  };
  const suggest = async () => {
    const q = input.value.trim();
    if (q.length < 2) {
      close();
      return;
    }
    const mine = ++asked;
    const near = state.position ? `&near=${state.position.lat.toFixed(5)},${state.position.lng.toFixed(5)}` : '';
    try {
      const {data} = await api(`/api/v1/suggest?q=${encodeURIComponent(q)}&lang=${currentLanguage()}&limit=8${near}`);
      if (mine !== asked) return;
      suggestions = data.suggestions || [];
    } catch (e) {
      suggestions = localSuggestions(q);
    }
    list.replaceChildren(...suggestions.map((s, i) => h('li', {role: 'option', id: `suggestion-${i}`, 'aria-selected': 'false',
      'data-id': s.id, onmousedown: e => e.preventDefault(), onclick: () => {
        close();
        choose(s);
      }}, h('span', {class: 'suggestion-text', lang: s.language}, s.text), ' ',
    h('span', {class: 'muted'}, suggestionKind(s)))));
    list.hidden = suggestions.length === 0;
    input.setAttribute('aria-expanded', String(!list.hidden));
    mark(-1);
  };
  input.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(suggest, 180);
  });
  input.addEventListener('keydown', e => {
    if (e.key === 'ArrowDown' && !list.hidden) {
      e.preventDefault();
      mark(Math.min(suggestions.length - 1, active + 1));
    } else if (e.key === 'ArrowUp' && !list.hidden) {
      e.preventDefault();
      mark(Math.max(-1, active - 1));
    } else if (e.key === 'Enter' && !list.hidden && active >= 0) {
      e.preventDefault();
      const chosen = suggestions[active];
      close();
      choose(chosen);
    } else if (e.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', () => setTimeout(close, 150));
  form.addEventListener('submit', e => {
    e.preventDefault();
    clearTimeout(timer);
    close();
    search(input.value.trim());
  });
}

function suggestionKind(s) {
  if (s.layer === 'place') return kindLabel(s.kind);
  return t(`web.collection.${s.collection}`);
}

/** Without a network: names of the downloaded parks' records that start like the text typed. */
function localSuggestions(q) {
  const folded = fold(q);
  const out = [];
  for (const [collection, records] of [['places', state.places], ['routes', state.routes]]) {
    for (const f of records.values()) {
      if (fold(f.properties.name).includes(folded)) {
        out.push({text: f.properties.name, id: f.id, collection, layer: collection === 'places' ? 'place' : 'route', kind: f.properties.kind});
      }
    }
  }
  return out.slice(0, 8);
}

function fold(text) {
  return String(text || '').normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase();
}

function choose(s) {
  if (s.collection === 'places' || s.layer === 'place') return openPlace(s.id);
  if (s.collection === 'routes' || s.layer === 'route') return openRoute(s.id);
  return openFeature(s.collection, s.id);
}

async function search(q) {
  if (!q) return;
  let results;
  try {
    const near = state.position ? `&near=${state.position.lat.toFixed(5)},${state.position.lng.toFixed(5)}` : '';
    results = (await api(`/api/v1/search?q=${encodeURIComponent(q)}&lang=${currentLanguage()}&limit=20${near}`)).data.features
      .map(f => ({id: f.id, collection: f.properties.collection, layer: f.properties.layer, kind: f.properties.kind, text: f.properties.name,
        snippet: f.properties.snippet, distance: f.properties.distance_m}));
  } catch (e) {
    results = localSuggestions(q);
  }
  state.open = {type: 'results', id: q};
  showPanel(h('section', {class: 'results', 'aria-labelledby': 'panel-title'},
    heading(results.length ? t('web.search.results', formatNumber(results.length), q) : t('web.search.none', q)),
    h('ol', {class: 'result-list'}, results.map(r => h('li', {},
      h('button', {type: 'button', class: 'result', 'data-id': r.id, onclick: () => choose(r)},
        h('span', {class: 'result-name'}, r.text), ' ',
        h('span', {class: 'muted'}, suggestionKind(r) + (r.distance != null ? ` · ${distanceLabel(r.distance)}` : ''))),
      r.snippet ? snippet(r.snippet) : null)))));
}

/** A search snippet: escaped text with <mark> around the matches. Built as text nodes and mark elements, never parsed as HTML. */
function snippet(text) {
  const p = h('p', {class: 'snippet'});
  const parts = text.split(/(<mark>|<\/mark>)/);
  let marked = false;
  for (const part of parts) {
    if (part === '<mark>') marked = true;
    else if (part === '</mark>') marked = false;
    else if (part) p.append(marked ? h('mark', {}, unescape(part)) : unescape(part));
  }
  return p;
}

function unescape(text) {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&');
}

// ------------------------------------------------------------------------------------- near me

function wireNearMe() {
  document.getElementById('near-me').addEventListener('click', () => {
    if (!navigator.geolocation) {
      showBanner(t('web.near-me.unavailable'));
      return;
    }
    showBanner(t('web.near-me.locating'));
    navigator.geolocation.getCurrentPosition(position => {
      hideBanner();
      state.position = L.latLng(position.coords.latitude, position.coords.longitude);
      if (positionMarker) positionMarker.remove();
      positionMarker = L.circleMarker(state.position, {radius: 8, color: '#1d4ed8', fillColor: '#3b82f6', fillOpacity: 0.9, weight: 3})
        .bindTooltip(t('web.near-me.you')).addTo(map);
      nearMe();
    }, error => {
      showBanner(t(error.code === 1 ? 'web.near-me.denied' : 'web.near-me.unavailable'));
    }, {enableHighAccuracy: true, timeout: 15000, maximumAge: 60000});
  });
}

function nearMe() {
  const here = state.position;
  const sorted = [...state.places.values()]
    .map(f => ({f, at: pointOf(f)}))
    .filter(x => x.at)
    .map(x => ({...x, d: here.distanceTo(x.at)}))
    .sort((a, b) => a.d - b.d)
    .slice(0, 20);
  state.open = {type: 'near', id: 'me'};
  const bounds = L.latLngBounds([here]);
  sorted.slice(0, 5).forEach(x => bounds.extend(x.at));
  map.flyToBounds(bounds, {padding: [40, 40], maxZoom: 14, duration: 0.6});
  showPanel(h('section', {class: 'near', 'aria-labelledby': 'panel-title'},
    heading(t('web.near-me.title')),
    h('ol', {class: 'result-list', id: 'near-list'}, sorted.map(({f, d}) => h('li', {},
      h('button', {type: 'button', class: 'result', 'data-id': f.id, onclick: () => openPlace(f.id)},
        h('span', {class: 'result-name'}, f.properties.name), ' ',
        h('span', {class: 'muted'}, `${kindLabel(f.properties.kind)} · `),
        h('span', {class: 'distance', 'data-distance': Math.round(d)}, distanceLabel(d))),
      f.properties.status !== 'open' ? h('span', {class: `badge status-${f.properties.status}`}, t(`web.status.${f.properties.status}`)) : null)))));
}

// ------------------------------------------------------------------------------------- offline

function wireOffline() {
  const dialog = document.getElementById('offline-dialog');
  document.getElementById('offline-open').addEventListener('click', () => {
    renderOfflineParks();
    dialog.showModal();
  });
  let installPrompt;
  window.addEventListener('beforeinstallprompt', e => {
    e.preventDefault();
    installPrompt = e;
    document.getElementById('install-app').hidden = false;
  });
  document.getElementById('install-app').addEventListener('click', async () => {
    if (installPrompt) {
      installPrompt.prompt();
      installPrompt = null;
      document.getElementById('install-app').hidden = true;
    }
  });
}

function renderOfflineParks() {
  const list = document.getElementById('offline-parks');
  const saved = downloadedParks();
  const status = document.getElementById('offline-status');
  list.replaceChildren(...[...state.parks.values()].filter(p => p.properties.catalogued).map(park => {
    const mine = saved[park.id];
    return h('li', {'data-park': park.id},
      h('strong', {}, park.properties.name),
      h('p', {class: 'muted'}, mine ? t('web.offline.saved', formatDate(mine.saved), formatNumber(mine.bytes / 1048576, 1),
        t(`web.language.${mine.lang}`)) : t('web.offline.not-saved')),
      h('button', {type: 'button', class: 'download', 'data-park': park.id, onclick: async () => {
        status.textContent = t('web.offline.downloading', park.properties.name);
        try {
          await downloadPark(park.id, currentLanguage(), done => {
            status.textContent = t('web.offline.progress', park.properties.name, formatNumber(done / 1048576, 1));
          });
          status.textContent = t('web.offline.done', park.properties.name);
        } catch (e) {
          status.textContent = t('web.offline.failed', e.message);
        }
        renderOfflineParks();
      }}, mine ? t('web.offline.update') : t('web.offline.download')),
      mine ? h('button', {type: 'button', class: 'secondary', onclick: async () => {
        await removePark(park.id);
        renderOfflineParks();
      }}, t('web.offline.remove')) : null);
  }));
}

function registerServiceWorker() {
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.register(`/sw.js?v=${encodeURIComponent(body.dataset.version)}`, {scope: '/'})
    .then(() => navigator.serviceWorker.ready)
    .then(() => {
      body.dataset.serviceWorker = 'ready';
    })
    .catch(() => {
      body.dataset.serviceWorker = 'failed';
    });
}

// -------------------------------------------------------------------------------------- banner

function showBanner(text) {
  const banner = document.getElementById('banner');
  banner.textContent = text;
  banner.hidden = false;
}

function hideBanner() {
  document.getElementById('banner').hidden = true;
}

start().catch(e => {
  showBanner(String(e && e.message ? e.message : e));
  body.dataset.ready = 'failed';
});
