// The window's own words and the shop's locale (issue 17).
//
// Every text a screen shows is a Fluent message in ui/locales/<language>.ftl, one file per
// language: `t('nav-orders')`, `t('days', { count: 3 })`. Plurals and other forms are the
// translation's business (Fluent selects on CLDR plural categories); the code never joins
// words into sentences. The language is the shop's setting `language` ("en", "de"), never the
// desktop's LANG; a message a language lacks reads in English, never as its id.
//
// Figures inside messages, and every number, date and amount lib/dom.js formats, follow the
// shop's setting `locale` ("de-DE"): a German-speaking shop in Switzerland may write its
// numbers as de-CH does while reading German screens.
import { FluentBundle, FluentResource, FluentNumber } from '../../vendor/fluent/index.js';

const ENGLISH = 'en';
// What the window uses until the settings say otherwise (or when they say nothing).
const DEFAULT_LOCALE = 'en-GB';

let resources = new Map(); // language → FluentResource
let bundles = []; // the shop's language first, then English as the fallback
let language = ENGLISH;
let locale = DEFAULT_LOCALE;
let numbers = new Intl.NumberFormat(DEFAULT_LOCALE);

// A number placed in a message is written as the shop's locale writes it, while Fluent still
// selects its plural form by value ("1 unit" / "2 units"; in German "1 Stück" / "2 Stück").
class Figure extends FluentNumber {
  toString() {
    return Number.isInteger(this.value) && Math.abs(this.value) >= Number.MAX_SAFE_INTEGER
      ? String(this.value) : numbers.format(this.value);
  }
}

function bundleFor(code) {
  const resource = resources.get(code);
  if (!resource) return null;
  // Isolation marks (U+2068/U+2069 around every placeable) are off: the window only shows
  // left-to-right languages, and tests and the clipboard would otherwise carry the marks.
  const bundle = new FluentBundle(code, { useIsolating: false });
  const errors = bundle.addResource(resource);
  for (const e of errors) console.error(`ui/locales/${code}.ftl: ${e}`);
  return bundle;
}

function rebuild() {
  bundles = [bundleFor(language), language === ENGLISH ? null : bundleFor(ENGLISH)].filter(Boolean);
}

/** Learns every language's messages: `[{language, ftl}]` from the backend (ui_texts). */
export function learnTexts(list) {
  resources = new Map(list.map(({ language: code, ftl }) => [code, new FluentResource(ftl)]));
  rebuild();
}

/** Takes the shop's settings: `language` picks the screens' language (English when it is
 *  missing or has no file), `locale` how figures, dates and money are written (en-GB when
 *  missing or not a valid BCP 47 tag). Returns true when either changed. */
export function useSettings(settings) {
  const wanted = settings && resources.has(settings.language) ? settings.language : ENGLISH;
  let tag = DEFAULT_LOCALE;
  try {
    if (settings && settings.locale) tag = Intl.getCanonicalLocales(settings.locale)[0];
  } catch { tag = DEFAULT_LOCALE; }
  const changed = wanted !== language || tag !== locale || bundles.length === 0;
  language = wanted;
  locale = tag;
  numbers = new Intl.NumberFormat(locale);
  if (changed) rebuild();
  document.documentElement.lang = language;
  return changed;
}

/** The screens' language ("en", "de"). */
export function currentLanguage() { return language; }
/** The locale figures, dates and money are written in ("en-GB", "de-DE"). */
export function currentLocale() { return locale; }

/** The languages there are files for, each named in its own words (its `language-name`),
 *  English first: [{code: 'en', name: 'English'}, {code: 'de', name: 'Deutsch'}]. */
export function languages() {
  return [...resources.keys()].sort((a, b) => (a === ENGLISH ? -1 : b === ENGLISH ? 1 : a.localeCompare(b)))
    .map((code) => {
      const bundle = bundleFor(code);
      const message = bundle && bundle.getMessage('language-name');
      return { code, name: message && message.value ? bundle.formatPattern(message.value) : code };
    });
}

/** The message `id` with its placeables filled from `args`. Numbers are written as the shop's
 *  locale writes them; strings as they are. An unknown id shows as itself (and is logged), so
 *  a missing message is seen, never a blank. */
export function t(id, args) {
  const [name, attr] = id.split('.');
  let values = null;
  if (args) {
    values = {};
    for (const [key, value] of Object.entries(args)) {
      values[key] = typeof value === 'number' ? new Figure(value)
        : typeof value === 'bigint' ? String(value) : value;
    }
  }
  for (const bundle of bundles) {
    const message = bundle.getMessage(name);
    const pattern = message && (attr ? message.attributes[attr] : message.value);
    if (!pattern) continue;
    const errors = [];
    const text = bundle.formatPattern(pattern, values, errors);
    for (const e of errors) console.error(`${id}: ${e}`);
    return text;
  }
  console.error(`no message ${id} in ui/locales`);
  return id;
}

/** Puts the messages into the page's own markup (index.html's sidebar, the skip link): an
 *  element with `data-l10n-id` gets that message as its text, one with `data-l10n-label` as
 *  its accessible name. */
export function translatePage(root = document) {
  for (const node of root.querySelectorAll('[data-l10n-id]')) node.textContent = t(node.dataset.l10nId);
  for (const node of root.querySelectorAll('[data-l10n-label]')) node.setAttribute('aria-label', t(node.dataset.l10nLabel));
}
