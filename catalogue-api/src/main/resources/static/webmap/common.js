// What both pages share: labels in three languages, the visitor's language, calls to the
// catalogue with its problem documents, and building DOM without ever parsing data as HTML.

export const LANGUAGES = ['vi', 'en', 'zh-Hans'];
const LANGUAGE_KEY = 'geoparks.lang';
let labels = {};
let language = 'en';

/** The remembered language, else the first of the browser's languages the catalogue speaks, else English. */
export function preferredLanguage() {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (LANGUAGES.includes(saved)) {
    return saved;
  }
  for (const tag of navigator.languages && navigator.languages.length ? navigator.languages : [navigator.language || 'en']) {
    const lower = String(tag).toLowerCase();
    if (lower.startsWith('vi')) return 'vi';
    if (lower.startsWith('zh')) return 'zh-Hans';
    if (lower.startsWith('en')) return 'en';
  }
  return 'en';
}

export function currentLanguage() {
  return language;
}

/** Loads the labels of a language and relabels the page; remembered when the visitor chose it. */
export async function useLanguage(lang, remember) {
  const response = await fetch(`/webmap/labels/${encodeURIComponent(lang)}.json`);
  if (!response.ok) {
    throw new Error(`labels of ${lang}: HTTP ${response.status}`);
  }
  labels = await response.json();
  language = lang;
  if (remember) {
    localStorage.setItem(LANGUAGE_KEY, lang);
    document.cookie = `geoparks-lang=${lang}; path=/; max-age=31536000; SameSite=Lax`;
  }
  document.documentElement.lang = lang;
  relabel(document);
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.setAttribute('aria-pressed', String(button.dataset.lang === lang));
  }
}

/** A label, with {0}, {1}… filled in. */
export function t(key, ...args) {
  const pattern = labels[key];
  if (pattern === undefined) {
    return key;
  }
  return pattern.replace(/\{(\d+)\}/g, (whole, i) => (args[i] === undefined ? whole : String(args[i])));
}

/** Sets every label of the page that names its key: text, aria-label, placeholder, title. */
export function relabel(root) {
  for (const el of root.querySelectorAll('[data-i18n]')) {
    el.textContent = t(el.dataset.i18n);
  }
  for (const el of root.querySelectorAll('[data-i18n-aria-label]')) {
    el.setAttribute('aria-label', t(el.dataset.i18nAriaLabel));
  }
  for (const el of root.querySelectorAll('[data-i18n-placeholder]')) {
    el.setAttribute('placeholder', t(el.dataset.i18nPlaceholder));
  }
  for (const el of root.querySelectorAll('[data-i18n-title]')) {
    el.setAttribute('title', t(el.dataset.i18nTitle));
  }
  document.title = t(document.body.classList.contains('manager') ? 'web.manage.title' : 'web.app.name');
}

/** A text of the catalogue's data in the page's language: the API already chose it; objects of every language are picked here. */
export function pick(text) {
  if (text == null) return '';
  if (typeof text === 'string') return text;
  return text[language] || text.en || text.vi || text['zh-Hans'] || Object.values(text)[0] || '';
}

export function formatNumber(value, digits = 0) {
  return new Intl.NumberFormat(language, {maximumFractionDigits: digits, minimumFractionDigits: 0}).format(value);
}

export function formatDate(iso) {
  if (!iso) return '';
  const date = new Date(iso.length === 10 ? `${iso}T00:00:00` : iso);
  return new Intl.DateTimeFormat(language, {dateStyle: 'medium'}).format(date);
}

export function formatDateTime(iso) {
  if (!iso) return '';
  return new Intl.DateTimeFormat(language, {dateStyle: 'medium', timeStyle: 'short'}).format(new Date(iso));
}

export function distanceLabel(metres) {
  return metres < 1000 ? t('web.distance.m', formatNumber(Math.round(metres / 10) * 10)) : t('web.distance.km', formatNumber(metres / 1000, 1));
}

/** An error the catalogue answered, with its problem document when there is one. */
export class ApiError extends Error {
  constructor(status, problem, headers) {
    super(problem && (problem.detail || problem.title) ? (problem.detail || problem.title) : `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
    this.headers = headers;
  }
}

/** Calls the catalogue and reads JSON; a refusal becomes an ApiError carrying the problem document. */
export async function api(url, {method = 'GET', body, token, headers = {}} = {}) {
  // cache 'no-cache': the browser may keep answers but asks the service whether they are current
  // (an ETag, 304 when unchanged): a place closed a minute ago is never shown open
  const request = {method, cache: 'no-cache', headers: {Accept: 'application/json, application/geo+json, application/problem+json', ...headers}};
  if (body !== undefined) {
    request.headers['Content-Type'] = 'application/json';
    request.body = JSON.stringify(body);
  }
  if (token) {
    request.headers.Authorization = `Bearer ${token}`;
  }
  const response = await fetch(url, request);
  const type = response.headers.get('Content-Type') || '';
  const data = type.includes('json') ? await response.json().catch(() => null) : null;
  const offline = response.headers.get('X-Geoparks-Offline') === '1';
  noticeOffline(offline);
  if (!response.ok) {
    throw new ApiError(response.status, data, response.headers);
  }
  return {data, headers: response.headers, offline};
}

/** Tells the page that an answer came from a download, not the network (the service worker marks those). */
export function noticeOffline(offline) {
  if (offline) {
    window.dispatchEvent(new Event('geoparks-offline'));
  }
}

/** A DOM element: h('p', {class: 'x', onclick: f}, 'text', child…). Strings are always text, never markup. */
export function h(tag, attributes = {}, ...children) {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      el.addEventListener(name.slice(2), value);
    } else if (value === true) {
      el.setAttribute(name, '');
    } else {
      el.setAttribute(name, String(value));
    }
  }
  for (const child of children.flat()) {
    if (child === undefined || child === null || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return el;
}

/** Wires the language buttons of a page. */
export function languageButtons(onChange) {
  for (const button of document.querySelectorAll('[data-lang]')) {
    button.addEventListener('click', () => onChange(button.dataset.lang));
  }
}
