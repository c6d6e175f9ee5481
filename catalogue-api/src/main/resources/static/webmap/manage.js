// The managers' page: sign in, then, for each park the account manages, the places' status
// (close, caution, reopen), the hazards in force (add, resolve), the signs due for inspection
// (record one) and the visitors' feedback waiting for moderation. Every change carries the version
// the manager saw (If-Match); when a colleague changed the record first (412), the page shows
// their version and lets the manager apply the change again on top of it.
import {ApiError, api, currentLanguage, formatDate, formatDateTime, h, languageButtons, pick, preferredLanguage, t, useLanguage} from './common.js';

const TOKEN = 'geoparks.manager-token';
const HAZARD_TYPES = ['high_water', 'flash_flood', 'rockfall', 'landslide', 'railway_crossing', 'slippery_path', 'deep_water',
  'border_zone', 'steep_drop', 'low_ceiling'];
const SEVERITIES = ['low', 'moderate', 'high', 'extreme'];
const CONDITIONS = ['good', 'fair', 'damaged', 'missing'];
const session = {token: null, user: null, parks: [], admin: false, park: null, places: [], hazards: [], signs: []};

async function start() {
  await useLanguage(preferredLanguage(), false);
  languageButtons(async lang => {
    await useLanguage(lang, true);
    if (session.token) await showWorkspace();
  });
  document.getElementById('sign-in').addEventListener('submit', signIn);
  document.getElementById('sign-out').addEventListener('click', signOut);
  document.getElementById('park-select').addEventListener('change', e => {
    session.park = e.target.value;
    loadPark();
  });
  document.getElementById('add-hazard').addEventListener('click', addHazard);
  document.getElementById('edit-cancel').addEventListener('click', () => document.getElementById('edit-dialog').close('cancel'));
  const saved = sessionStorage.getItem(TOKEN);
  if (saved && readToken(saved)) {
    await showWorkspace();
  }
  document.body.dataset.ready = 'true';
}

// ------------------------------------------------------------------------------------ sign-in

async function signIn(e) {
  e.preventDefault();
  const error = document.getElementById('sign-in-error');
  error.textContent = '';
  try {
    const {data} = await api('/api/v1/auth/token', {method: 'POST',
      body: {username: document.getElementById('username').value, password: document.getElementById('password').value}});
    if (!readToken(data.access_token)) throw new Error('token');
    sessionStorage.setItem(TOKEN, data.access_token);
    document.getElementById('password').value = '';
    await showWorkspace();
  } catch (err) {
    error.textContent = err instanceof ApiError && (err.status === 401 || err.status === 400)
      ? t('web.manage.failed-sign-in') : t('web.manage.error', err.message);
  }
}

/** Reads the claims the page needs (who, which parks) from the token; the service checks the token itself on every call. */
function readToken(token) {
  try {
    const payload = JSON.parse(new TextDecoder().decode(Uint8Array.from(
      atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')), c => c.charCodeAt(0))));
    if (payload.exp && payload.exp * 1000 < Date.now()) return false;
    session.token = token;
    session.user = payload.sub;
    session.admin = (payload.roles || []).includes('admin');
    session.parks = payload.parks || [];
    return true;
  } catch (e) {
    return false;
  }
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN);
  Object.assign(session, {token: null, user: null, parks: [], admin: false, park: null});
  document.getElementById('workspace').hidden = true;
  document.getElementById('sign-in').hidden = false;
  document.getElementById('sign-out').hidden = true;
  document.getElementById('signed-in-as').textContent = '';
  document.getElementById('sign-in-error').textContent = typeof message === 'string' ? message : '';
  document.getElementById('username').focus();
}

/** A call as the signed-in manager; an expired or refused token signs out with a message. */
async function call(url, options = {}) {
  try {
    return await api(url, {...options, token: session.token});
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      signOut(t('web.manage.expired'));
    }
    throw e;
  }
}

async function showWorkspace() {
  document.getElementById('sign-in').hidden = true;
  document.getElementById('workspace').hidden = false;
  document.getElementById('sign-out').hidden = false;
  document.getElementById('signed-in-as').textContent = t('web.manage.signed-in-as', session.user);
  const {data} = await api(`/ogc/collections/parks/items?lang=${currentLanguage()}&limit=100&f=json`);
  const parks = data.features.filter(p => session.admin ? p.properties.catalogued : session.parks.includes(p.id));
  const select = document.getElementById('park-select');
  select.replaceChildren(...parks.map(p => h('option', {value: p.id}, p.properties.name)));
  if (!parks.length) {
    status(t('web.manage.no-parks'));
    return;
  }
  session.park = parks.some(p => p.id === session.park) ? session.park : parks[0].id;
  select.value = session.park;
  await loadPark();
  document.getElementById('content').focus();
}

async function loadPark() {
  await Promise.all([loadPlaces(), loadHazards(), loadSigns(), loadFeedback()]);
}

function status(text) {
  document.getElementById('manage-status').textContent = text;
}

function failure(container, e) {
  const text = e instanceof ApiError && (e.status === 404 || e.status === 405)
    ? t('web.manage.not-offered', e.status) : t('web.manage.error', e.message);
  container.replaceChildren(h('p', {class: 'error'}, text));
}

// ------------------------------------------------------------------------------------- places

async function loadPlaces() {
  try {
    const {data} = await call(`/ogc/collections/places/items?park=${encodeURIComponent(session.park)}&lang=${currentLanguage()}&limit=1000&f=json`);
    session.places = data.features;
    renderPlaces();
  } catch (e) {
    failure(document.getElementById('places-list'), e);
  }
}

/** A record as the editing API answers it: a feature or the bare record. */
function propertiesOf(representation) {
  return (representation && (representation.properties || representation)) || {};
}

/** What a write answered replaces what the list showed: the map service's pages follow a moment later. */
function applyPlace(id, representation) {
  const place = session.places.find(p => p.id === id);
  const changed = propertiesOf(representation);
  if (place && changed.status) {
    place.properties = {...place.properties, status: changed.status, status_reason: changed.status_reason ?? changed.reason ?? null};
  }
}

function renderPlaces() {
  const container = document.getElementById('places-list');
  const rows = session.places.map(f => {
    const p = f.properties;
    const actions = p.status === 'open'
      ? [h('button', {type: 'button', class: 'danger small', 'data-action': 'close', 'data-place': f.id, onclick: () => changeStatus(f, 'closed')}, t('web.manage.close')),
        h('button', {type: 'button', class: 'secondary small', 'data-action': 'caution', 'data-place': f.id, onclick: () => changeStatus(f, 'caution')}, t('web.manage.caution'))]
      : [h('button', {type: 'button', class: 'small', 'data-action': 'reopen', 'data-place': f.id, onclick: () => changeStatus(f, 'open')}, t('web.manage.reopen'))];
    return h('tr', {'data-place': f.id},
      h('th', {scope: 'row'}, p.name),
      h('td', {}, t(`web.kind.${p.kind}`)),
      h('td', {}, h('span', {class: `badge status-${p.status}`, 'data-status': p.status}, t(`web.status.${p.status}`)),
        pick(p.status_reason) ? h('span', {class: 'muted'}, ` ${pick(p.status_reason)}`) : null),
      h('td', {class: 'actions'}, actions));
  });
  container.replaceChildren(h('table', {class: 'table'},
    h('thead', {}, h('tr', {}, h('th', {scope: 'col'}, t('web.manage.name')), h('th', {scope: 'col'}, t('web.manage.kind')),
      h('th', {scope: 'col'}, t('web.manage.status')), h('th', {scope: 'col'}, t('web.manage.actions')))),
    h('tbody', {}, rows)));
}

async function changeStatus(place, next) {
  const lang = currentLanguage();
  const fields = [h('p', {}, t('web.manage.status-change', place.properties.name, t(`web.status.${next}`)))];
  if (next !== 'open') {
    fields.push(field('reason', t('web.manage.reason'), h('textarea', {id: 'field-reason', name: 'reason', rows: 3, required: true, maxlength: 500})));
  }
  if (next === 'closed') {
    fields.push(field('reopens', t('web.manage.reopens'), h('input', {id: 'field-reopens', name: 'reopens', type: 'date'})));
  }
  await edit({
    title: t(`web.manage.${next === 'open' ? 'reopen' : next === 'closed' ? 'close' : 'caution'}`),
    fields,
    recordUrl: `/api/v1/places/${encodeURIComponent(place.id)}`,
    body: form => {
      const body = {status: next};
      if (form.reason) body.reason = {[lang]: form.reason};
      if (form.reopens) body.reopens = form.reopens;
      return body;
    },
    send: (body, etag) => call(`/api/v1/places/${encodeURIComponent(place.id)}/status`, {method: 'PUT', body, headers: {'If-Match': etag}}),
    describe: record => [[t('web.manage.status'), t(`web.status.${record.status}`)], [t('web.manage.reason'), pick(record.status_reason)],
      [t('web.manage.changed'), record.updated ? formatDateTime(record.updated) : '']],
    done: answer => {
      applyPlace(place.id, answer && answer.data);
      renderPlaces();
    },
  });
}

// ------------------------------------------------------------------------------------ hazards

async function loadHazards() {
  try {
    const {data} = await call(`/ogc/collections/hazards/items?park=${encodeURIComponent(session.park)}&lang=${currentLanguage()}&limit=1000&f=json`);
    session.hazards = data.features;
    renderHazards();
  } catch (e) {
    failure(document.getElementById('hazards-list'), e);
  }
}

function renderHazards() {
  const container = document.getElementById('hazards-list');
  if (!session.hazards.length) {
    container.replaceChildren(h('p', {class: 'muted'}, t('web.manage.none')));
    return;
  }
  container.replaceChildren(h('ul', {class: 'manage-list'}, session.hazards.map(f => {
    const p = f.properties;
    return h('li', {class: `hazard severity-${p.severity}`, 'data-hazard': f.id},
      h('strong', {}, pick(p.title)), ' ',
      h('span', {class: 'muted'}, `${t(`web.hazard.type.${p.type}`)} · ${t(`web.severity.${p.severity}`)}`),
      p.place ? h('span', {class: 'muted'}, ` · ${placeName(p.place)}`) : null,
      ' ',
      h('button', {type: 'button', class: 'secondary small', 'data-action': 'resolve', onclick: () => resolveHazard(f)}, t('web.manage.resolve')));
  })));
}

function placeName(id) {
  const place = session.places.find(p => p.id === id);
  return place ? place.properties.name : id;
}

async function addHazard() {
  const lang = currentLanguage();
  const now = new Date();
  const local = new Date(now.getTime() - now.getTimezoneOffset() * 60000).toISOString().slice(0, 16);
  const placeSelect = h('select', {id: 'field-place', name: 'place', required: true},
    session.places.filter(p => p.geometry).map(p => h('option', {value: p.id}, p.properties.name)));
  await edit({
    title: t('web.manage.add-hazard'),
    fields: [
      field('place', t('web.manage.hazard.place'), placeSelect),
      field('type', t('web.manage.hazard.type'), h('select', {id: 'field-type', name: 'type'},
        HAZARD_TYPES.map(v => h('option', {value: v}, t(`web.hazard.type.${v}`))))),
      field('severity', t('web.manage.hazard.severity'), h('select', {id: 'field-severity', name: 'severity'},
        SEVERITIES.map(v => h('option', {value: v}, t(`web.severity.${v}`))))),
      field('title', t('web.manage.hazard.title'), h('input', {id: 'field-title', name: 'title', required: true, maxlength: 200})),
      field('advice', t('web.manage.hazard.advice'), h('textarea', {id: 'field-advice', name: 'advice', rows: 3, required: true, maxlength: 1000})),
      field('valid_from', t('web.manage.hazard.from'), h('input', {id: 'field-valid_from', name: 'valid_from', type: 'datetime-local', value: local, required: true})),
      field('valid_until', t('web.manage.hazard.until'), h('input', {id: 'field-valid_until', name: 'valid_until', type: 'datetime-local'})),
    ],
    body: form => {
      const place = session.places.find(p => p.id === form.place);
      const body = {
        park: session.park, place: form.place, type: form.type, severity: form.severity,
        title: {[lang]: form.title}, advice: {[lang]: form.advice},
        valid_from: new Date(form.valid_from).toISOString(),
        geometry: place ? place.geometry : null,
      };
      if (form.valid_until) body.valid_until = new Date(form.valid_until).toISOString();
      return body;
    },
    send: body => call('/api/v1/hazards', {method: 'POST', body}),
    done: answer => {
      const created = answer && answer.data;
      const properties = propertiesOf(created);
      session.hazards.push({id: (created && created.id) || properties.id, properties});
      renderHazards();
    },
  });
}

async function resolveHazard(hazard) {
  const lang = currentLanguage();
  await edit({
    title: t('web.manage.resolve'),
    fields: [h('p', {}, pick(hazard.properties.title)),
      field('reason', t('web.manage.resolve-reason'), h('textarea', {id: 'field-reason', name: 'reason', rows: 3, required: true, maxlength: 500}))],
    recordUrl: `/api/v1/hazards/${encodeURIComponent(hazard.id)}`,
    body: form => ({reason: {[lang]: form.reason}}),
    send: (body, etag) => call(`/api/v1/hazards/${encodeURIComponent(hazard.id)}/resolve`, {method: 'POST', body, headers: {'If-Match': etag}}),
    describe: record => [[t('web.manage.status'), record.status], [t('web.manage.hazard.severity'), t(`web.severity.${record.severity}`)],
      [t('web.manage.hazard.title'), pick(record.title)]],
    done: () => {
      session.hazards = session.hazards.filter(z => z.id !== hazard.id);
      renderHazards();
    },
  });
}

// -------------------------------------------------------------------------------------- signs

async function loadSigns() {
  const container = document.getElementById('signs-list');
  try {
    const {data} = await call(`/api/v1/parks/${encodeURIComponent(session.park)}/safety-report`);
    const due = data.signs_overdue || [];
    if (!due.length) {
      container.replaceChildren(h('p', {class: 'muted'}, t('web.manage.none')));
      return;
    }
    container.replaceChildren(h('ul', {class: 'manage-list'}, due.map(sign => h('li', {'data-sign': sign.id},
      h('strong', {}, sign.id), ' ',
      h('span', {class: 'muted'}, `${t(`web.sign.condition.${sign.condition}`)} · ${sign.last_inspected
        ? t('web.manage.last-inspected', formatDate(sign.last_inspected)) : t('web.manage.never-inspected')}`),
      pick(sign.text) ? h('p', {class: 'muted'}, pick(sign.text)) : null,
      h('button', {type: 'button', class: 'secondary small', 'data-action': 'inspect', onclick: () => inspectSign(sign)}, t('web.manage.inspect'))))));
  } catch (e) {
    failure(container, e);
  }
}

async function inspectSign(sign) {
  const today = new Date().toISOString().slice(0, 10);
  await edit({
    title: t('web.manage.inspect'),
    fields: [h('p', {}, sign.id),
      field('inspected_on', t('web.manage.inspection.date'), h('input', {id: 'field-inspected_on', name: 'inspected_on', type: 'date', value: today, required: true})),
      field('inspector', t('web.manage.inspection.inspector'), h('input', {id: 'field-inspector', name: 'inspector', value: session.user || '', required: true})),
      field('condition', t('web.manage.inspection.condition'), h('select', {id: 'field-condition', name: 'condition'},
        CONDITIONS.map(v => h('option', {value: v, selected: v === sign.condition}, t(`web.sign.condition.${v}`))))),
      field('note', t('web.manage.inspection.note'), h('textarea', {id: 'field-note', name: 'note', rows: 2, maxlength: 1000}))],
    recordUrl: `/api/v1/signs/${encodeURIComponent(sign.id)}`,
    body: form => ({inspected_on: form.inspected_on, inspector: form.inspector, condition: form.condition, note: form.note || undefined}),
    send: (body, etag) => call(`/api/v1/signs/${encodeURIComponent(sign.id)}/inspections`, {method: 'POST', body, headers: {'If-Match': etag}}),
    describe: record => [[t('web.manage.inspection.condition'), t(`web.sign.condition.${record.condition}`)],
      [t('web.manage.last-inspected', ''), record.last_inspected ? formatDate(record.last_inspected) : '']],
    done: () => {
      document.querySelector(`#signs-list [data-sign="${CSS.escape(sign.id)}"]`)?.remove();
    },
  });
}

// ----------------------------------------------------------------------------------- feedback

async function loadFeedback() {
  const container = document.getElementById('feedback-list');
  try {
    const {data} = await call(`/api/v1/feedback?park=${encodeURIComponent(session.park)}&status=pending`);
    if (!data.items.length) {
      container.replaceChildren(h('p', {class: 'muted'}, t('web.manage.no-feedback')));
      return;
    }
    container.replaceChildren(h('ul', {class: 'manage-list'}, data.items.map(item => h('li', {'data-feedback': item.id},
      h('strong', {}, pick(item.place_name) || item.place), ' ',
      h('span', {class: 'stars', 'aria-label': t('web.feedback.star', item.rating)}, '★'.repeat(item.rating) + '☆'.repeat(5 - item.rating)), ' ',
      h('span', {class: 'muted'}, formatDateTime(item.submitted_at)),
      item.comment ? h('p', {lang: item.language || undefined}, item.comment) : null,
      h('button', {type: 'button', class: 'small', 'data-action': 'approve', onclick: () => moderate(item, 'approve')}, t('web.manage.approve')), ' ',
      h('button', {type: 'button', class: 'secondary small', 'data-action': 'reject', onclick: () => moderate(item, 'reject')}, t('web.manage.reject'))))));
  } catch (e) {
    failure(container, e);
  }
}

async function moderate(item, decision) {
  try {
    await call(`/api/v1/feedback/${item.id}/moderation`, {method: 'PUT', body: {decision}});
    status(t(decision === 'approve' ? 'web.manage.approved' : 'web.manage.rejected'));
    await loadFeedback();
  } catch (e) {
    status(t('web.manage.error', e.message));
  }
}

// ------------------------------------------------------------------------ editing and conflicts

function field(name, label, control) {
  return h('div', {class: 'field'}, h('label', {for: `field-${name}`}, label), control);
}

/**
 * One change through a dialog. With a recordUrl, the record is read when the dialog opens and its
 * ETag sent as If-Match when saving: a colleague's change in between gives 412, shown by conflict().
 */
async function edit({title, fields, recordUrl, body, send, describe, done}) {
  const dialog = document.getElementById('edit-dialog');
  const form = document.getElementById('edit-form');
  const error = document.getElementById('edit-error');
  document.getElementById('edit-title').textContent = title;
  document.getElementById('edit-fields').replaceChildren(...fields);
  error.textContent = '';
  let etag = null;
  if (recordUrl) {
    try {
      etag = (await call(recordUrl)).headers.get('ETag');
    } catch (e) {
      status(e instanceof ApiError && (e.status === 404 || e.status === 405) ? t('web.manage.not-offered', e.status) : t('web.manage.error', e.message));
      return;
    }
  }
  dialog.showModal();
  const first = form.querySelector('input, select, textarea');
  if (first) first.focus();
  const submitted = await new Promise(resolve => {
    const onSubmit = e => {
      e.preventDefault();
      if (!form.reportValidity()) return;
      form.removeEventListener('submit', onSubmit);
      dialog.removeEventListener('close', onClose);
      resolve(Object.fromEntries(new FormData(form).entries()));
    };
    const onClose = () => {
      form.removeEventListener('submit', onSubmit);
      resolve(null);
    };
    form.addEventListener('submit', onSubmit);
    dialog.addEventListener('close', onClose, {once: true});
  });
  if (!submitted) return;
  const payload = body(submitted);
  try {
    const answer = await send(payload, etag);
    dialog.close('saved');
    status(t('web.manage.saved'));
    await done(answer);
  } catch (e) {
    dialog.close('failed');
    if (e instanceof ApiError && e.status === 412 && recordUrl) {
      await conflict({recordUrl, payload, send, describe, done});
    } else {
      status(e instanceof ApiError && (e.status === 404 || e.status === 405) ? t('web.manage.not-offered', e.status) : t('web.manage.error', e.message));
    }
  }
}

/** A colleague changed the record first: show their version, and apply this change on top of it if the manager wants. */
async function conflict({recordUrl, payload, send, describe, done}) {
  const dialog = document.getElementById('conflict-dialog');
  const {data, headers} = await call(recordUrl);
  const etag = headers.get('ETag');
  const record = data.properties || data;
  document.getElementById('conflict-theirs').replaceChildren(...(describe ? describe(record) : [])
    .filter(([, value]) => value)
    .flatMap(([name, value]) => [h('dt', {}, name), h('dd', {}, value)]));
  dialog.showModal();
  document.getElementById('conflict-redo').focus();
  const redo = await new Promise(resolve => {
    document.getElementById('conflict-redo').onclick = () => resolve(true);
    document.getElementById('conflict-keep').onclick = () => resolve(false);
    dialog.addEventListener('close', () => resolve(false), {once: true});
  });
  dialog.close();
  let answer = {data: record};
  if (redo) {
    try {
      answer = await send(payload, etag);
      status(t('web.manage.saved'));
    } catch (e) {
      status(t('web.manage.error', e.message));
    }
  } else {
    status(t('web.manage.kept-theirs'));
  }
  await done(answer);
}

start().catch(e => {
  document.getElementById('manage-status').textContent = String(e && e.message ? e.message : e);
  document.body.dataset.ready = 'failed';
});
