/* global document, window, fetch, navigator, CSS */
// « Intégrer Passerelle »: the configurator (a form → the two previews and the snippet, always from
// the same state) and the API reference, both built at load time from the widget's generated
// custom-elements.json, so a new attribute or custom property shows up here without editing this
// page; and the history of the public API, read from the repository's CHANGELOG.md (one copy).
// Plain DOM building, never innerHTML: the page runs under Trusted Types.

const TAG = 'passerelle-finder';
const ELEMENTS_URL = '../packages/widget/custom-elements.json';
const PACKAGE_URL = '../packages/widget/package.json';
const SUMMARIES_URL = '../packages/data/dist/programmes/programme-summaries.json';
const CHANGELOG_URL = '../CHANGELOG.md';
const SELF_HOSTED_SCRIPT = '/passerelle/passerelle.js';

/** What the form knows better than a text field: French labels, hints and controls per attribute. */
const ATTRIBUTE_FIELDS = {
  catalogue: {
    label: 'Adresse du catalogue',
    hint: 'Le manifest.json que « passerelle publish » écrit, ou un fichier de catalogue. Obligatoire. Appuyez sur Entrée pour l’essayer.',
    initial: 'demo-data/manifest.json',
    onChange: true,
  },
  mode: {
    label: 'Ce que le module propose',
    control: 'radio',
    choices: [
      ['', 'Les deux, en deux onglets (par défaut)'],
      ['search', 'La recherche de formation'],
      ['orientation', 'L’orientation (pour les bénévoles)'],
    ],
  },
  departement: {
    label: 'Départements',
    control: 'departements',
    hint: 'Aucun coché : tous. Seuls les fichiers des départements cochés sont téléchargés.',
    initial: '33',
  },
  programme: { label: 'Programme présélectionné', control: 'programme' },
  near: {
    label: 'Code postal de départ',
    hint: '5 chiffres, par exemple 33000 : les formations proches viennent en premier.',
    pattern: /^\d{5}$/,
    invalid: 'Écrivez 5 chiffres, par exemple 33000.',
    inputmode: 'numeric',
    maxlength: 5,
  },
  partner: {
    label: 'Nom de votre structure',
    hint: 'Imprimé sur la fiche que la personne emporte.',
  },
  ruleset: { label: 'Règles d’orientation de la région', control: 'ruleset' },
  relays: {
    label: 'Adresse de votre annuaire de lieux d’accueil',
    hint: 'Sans adresse : celui que le manifeste indique. Appuyez sur Entrée pour l’essayer.',
    onChange: true,
  },
  'allow-origins': {
    label: 'Autres sites autorisés pour les fichiers',
    hint: 'Par exemple https://cdn.example.org, si vos fichiers sont sur un autre site que le manifeste.',
  },
};

const STYLE_LABELS = {
  '--passerelle-accent': 'Couleur principale (boutons, liens)',
  '--passerelle-accent-text': 'Texte sur la couleur principale',
  '--passerelle-text': 'Couleur du texte',
  '--passerelle-muted': 'Texte secondaire',
  '--passerelle-background': 'Fond',
  '--passerelle-surface': 'Fond des panneaux',
  '--passerelle-border': 'Bordures',
  '--passerelle-font': 'Police',
  '--passerelle-font-size': 'Taille du texte',
  '--passerelle-radius': 'Arrondi des coins',
  '--passerelle-spacing': 'Espacement',
  '--passerelle-padding': 'Marge autour du module',
};

/** For the properties whose default is not a value (the page's font). */
const STYLE_HINTS = {
  '--passerelle-font': 'Par défaut : la police de votre page. Par exemple : Georgia, serif',
};

/** Colour pairs that must stay readable: [text, background, minimum ratio, what it is]. */
const CONTRAST_PAIRS = [
  ['--passerelle-text', '--passerelle-background', 4.5, 'le texte sur le fond'],
  ['--passerelle-accent-text', '--passerelle-accent', 4.5, 'le texte des boutons'],
  ['--passerelle-accent', '--passerelle-background', 4.5, 'les liens sur le fond'],
  ['--passerelle-muted', '--passerelle-background', 4.5, 'le texte secondaire sur le fond'],
];

const state = {
  attributes: /** @type {Record<string, string>} */ ({}),
  styles: /** @type {Record<string, string>} */ ({}),
  scriptSource: 'self',
};
/** Values typed but not valid yet: kept out of the previews and the snippet. */
const invalid = new Set();
let declaration;
let cssDefaults = {};
let summaries = { rulesets: {} };
let version = '';
let updateTimer;

const previews = () => [...document.querySelectorAll(`${TAG}[id^="preview-"]`)];

/* ---------- small DOM helpers ---------- */

function el(name, attributes = {}, ...children) {
  const node = document.createElement(name);
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    if (key === 'text') node.textContent = value;
    else node.setAttribute(key, value === true ? '' : String(value));
  }
  node.append(...children.filter((child) => child !== undefined && child !== null));
  return node;
}

/** Text with `code` spans, as the JSDoc descriptions write them. */
function richText(text) {
  const fragment = document.createDocumentFragment();
  String(text ?? '')
    .split('`')
    .forEach((piece, index) => {
      if (piece) fragment.append(index % 2 ? el('code', { text: piece }) : document.createTextNode(piece));
    });
  return fragment;
}

async function fetchResponse(url) {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url} : réponse HTTP ${response.status}`);
  return response;
}

const fetchJson = async (url) => (await fetchResponse(url)).json();
const fetchText = async (url) => (await fetchResponse(url)).text();

/* ---------- the form ---------- */

function fieldId(name) {
  return `field-${name.replace(/^--/, '')}`;
}

function hintNode(id, hint) {
  return hint ? el('p', { class: 'hint', id: `${id}-hint` }, richText(hint)) : undefined;
}

function textField(attribute, spec) {
  const id = fieldId(attribute.name);
  const input = el('input', {
    id,
    name: `attr-${attribute.name}`,
    type: 'text',
    value: spec.initial ?? '',
    inputmode: spec.inputmode,
    maxlength: spec.maxlength,
    autocomplete: 'off',
    spellcheck: 'false',
    'aria-describedby': `${id}-hint ${id}-error`,
  });
  // An address is tried once typed (Enter, or leaving the field), not at every keystroke, which
  // would fetch every half-typed URL.
  input.addEventListener(spec.onChange ? 'change' : 'input', () => {
    const value = input.value.trim();
    const wrong = value !== '' && spec.pattern && !spec.pattern.test(value);
    setInvalid(input, wrong ? spec.invalid : '');
    if (!wrong) state.attributes[attribute.name] = value;
    if (attribute.name === 'catalogue' && value) void loadDepartements(value);
    scheduleUpdate(spec.onChange ? 0 : 300);
  });
  return [
    el('label', { for: id }, spec.label, ' ', el('code', { text: attribute.name })),
    hintNode(id, spec.hint ?? attribute.description),
    input,
    el('p', { class: 'error', id: `${id}-error` }),
  ];
}

function setInvalid(input, message) {
  const error = document.getElementById(`${input.id}-error`);
  if (error) error.textContent = message;
  if (message) {
    input.setAttribute('aria-invalid', 'true');
    invalid.add(input.id);
  } else {
    input.removeAttribute('aria-invalid');
    invalid.delete(input.id);
  }
}

function radioField(attribute, spec) {
  const fieldset = el(
    'fieldset',
    { class: 'choices' },
    el('legend', {}, spec.label, ' ', el('code', { text: attribute.name })),
  );
  for (const [value, label] of spec.choices) {
    const id = `${fieldId(attribute.name)}-${value || 'defaut'}`;
    const input = el('input', {
      type: 'radio',
      id,
      name: `attr-${attribute.name}`,
      value,
      checked: value === (spec.initial ?? ''),
    });
    input.addEventListener('change', () => {
      state.attributes[attribute.name] = value;
      scheduleUpdate(0);
    });
    fieldset.append(el('div', { class: 'choice' }, input, el('label', { for: id, text: label })));
  }
  return [fieldset];
}

function selectField(attribute, spec) {
  const id = fieldId(attribute.name);
  const select = el('select', { id, name: `attr-${attribute.name}` });
  select.addEventListener('change', () => {
    state.attributes[attribute.name] = select.value;
    if (attribute.name === 'ruleset') fillProgrammes();
    scheduleUpdate(0);
  });
  return [
    el('label', { for: id }, spec.label, ' ', el('code', { text: attribute.name })),
    hintNode(id, spec.hint),
    select,
  ];
}

function departementsField(attribute, spec) {
  return [
    el(
      'fieldset',
      { class: 'choices departements', id: fieldId(attribute.name) },
      el('legend', {}, spec.label, ' ', el('code', { text: attribute.name })),
      hintNode(fieldId(attribute.name), spec.hint),
      el('div', { class: 'departement-list', id: 'departement-list' }, el('p', { text: 'Chargement…' })),
    ),
  ];
}

function buildAttributeFields() {
  const container = document.getElementById('attribute-fields');
  // The fields a webmaster sets most come first; the manifest's order is the source's.
  const known = Object.keys(ATTRIBUTE_FIELDS);
  const rank = (attribute) => (known.includes(attribute.name) ? known.indexOf(attribute.name) : known.length);
  const attributes = [...(declaration.attributes ?? [])].sort((a, b) => rank(a) - rank(b));
  for (const attribute of attributes) {
    // An attribute this page does not know yet still gets a field, from the manifest's description.
    const spec = ATTRIBUTE_FIELDS[attribute.name] ?? { label: attribute.name, hint: attribute.description };
    state.attributes[attribute.name] = spec.initial ?? '';
    const parts =
      spec.control === 'radio'
        ? radioField(attribute, spec)
        : spec.control === 'departements'
          ? departementsField(attribute, spec)
          : spec.control === 'ruleset' || spec.control === 'programme'
            ? selectField(attribute, spec)
            : textField(attribute, spec);
    container.append(el('div', { class: 'field' }, ...parts));
  }
  fillRulesets();
  fillProgrammes();
}

function fillRulesets() {
  const select = document.getElementById(fieldId('ruleset'));
  if (!select) return;
  select.replaceChildren(
    ...Object.values(summaries.rulesets).map((ruleset, index) =>
      el('option', {
        value: index === 0 ? '' : ruleset.id,
        text: index === 0 ? `${ruleset.name} (par défaut)` : ruleset.name,
      }),
    ),
  );
}

function fillProgrammes() {
  const select = document.getElementById(fieldId('programme'));
  if (!select) return;
  const rulesets = Object.values(summaries.rulesets);
  const ruleset = summaries.rulesets[state.attributes.ruleset] ?? rulesets[0];
  const programmes = ruleset?.programmes ?? [];
  if (!programmes.some((programme) => programme.id === state.attributes.programme))
    state.attributes.programme = '';
  select.replaceChildren(
    el('option', { value: '', text: 'Aucun : toutes les formations' }),
    ...programmes.map((programme) =>
      el('option', {
        value: programme.id,
        text: programme.name,
        selected: programme.id === state.attributes.programme,
      }),
    ),
  );
}

let departementsRequest = 0;
/** The départements a manifest lists, with their names, as checkboxes. */
async function loadDepartements(catalogueUrl) {
  const list = document.getElementById('departement-list');
  if (!list) return;
  const request = (departementsRequest += 1);
  let shards = [];
  let names = {};
  try {
    const url = new URL(catalogueUrl, document.baseURI);
    if (url.origin !== window.location.origin) throw new Error('autre site');
    const manifest = await fetchJson(url);
    shards = manifest.shards ?? [];
    if (manifest.territoryIndex?.url) {
      const index = await fetchJson(new URL(manifest.territoryIndex.url, url));
      names = Object.fromEntries((index.departements ?? []).map((item) => [item.code, item.name]));
    }
  } catch {
    shards = [];
  }
  if (request !== departementsRequest) return;
  if (shards.length === 0) {
    list.replaceChildren(
      el('p', {
        text: 'Ce catalogue n’est pas un manifeste de ce site : écrivez les codes dans le code à copier, séparés par des virgules.',
      }),
    );
    return;
  }
  const chosen = new Set((state.attributes.departement ?? '').split(',').filter(Boolean));
  list.replaceChildren(
    ...shards.map((shard) => {
      const id = `departement-${shard.departement}`;
      const input = el('input', {
        type: 'checkbox',
        id,
        name: 'attr-departement',
        value: shard.departement,
        checked: chosen.has(shard.departement),
      });
      input.addEventListener('change', () => {
        state.attributes.departement = [...list.querySelectorAll('input:checked')]
          .map((box) => box.value)
          .join(',');
        scheduleUpdate(0);
      });
      const name = names[shard.departement];
      return el(
        'div',
        { class: 'choice' },
        input,
        el('label', { for: id, text: name ? `${shard.departement} — ${name}` : shard.departement }),
      );
    }),
  );
}

/** The default a custom property's description gives (« default #0b5394 », « default 1rem »). */
function cssDefault(property) {
  // A colour or a length; « default: the host page's font » names no value to show.
  return /default:?\s+(#[0-9a-f]{3,8}|\d+(?:\.\d+)?[a-z%]*)/i.exec(property.description ?? '')?.[1] ?? '';
}

const isColour = (value) => /^#[0-9a-f]{6}$/i.test(value);

function cssCheckProperty(name) {
  if (name.endsWith('font-size')) return 'font-size';
  if (name.endsWith('font')) return 'font-family';
  return 'padding';
}

function buildStyleFields() {
  const container = document.getElementById('style-fields');
  for (const property of declaration.cssProperties ?? []) {
    const id = fieldId(property.name);
    const fallback = cssDefault(property);
    cssDefaults[property.name] = fallback;
    state.styles[property.name] = '';
    const label = el(
      'label',
      { for: id },
      STYLE_LABELS[property.name] ?? property.name,
      ' ',
      el('code', { text: property.name }),
    );
    let input;
    if (isColour(fallback)) {
      input = el('input', { type: 'color', id, name: `style${property.name}`, value: fallback });
      input.addEventListener('input', () => {
        state.styles[property.name] = input.value.toLowerCase() === fallback.toLowerCase() ? '' : input.value;
        scheduleUpdate(0);
      });
      container.append(el('div', { class: 'field colour' }, input, label));
    } else {
      input = el('input', {
        type: 'text',
        id,
        name: `style${property.name}`,
        placeholder: fallback,
        autocomplete: 'off',
        spellcheck: 'false',
        'aria-describedby': `${id}-hint ${id}-error`,
      });
      input.addEventListener('input', () => {
        const value = input.value.trim();
        const wrong = value !== '' && !CSS.supports(cssCheckProperty(property.name), value);
        setInvalid(input, wrong ? `« ${value} » n’est pas une valeur CSS valable ici.` : '');
        if (!wrong) state.styles[property.name] = value;
        scheduleUpdate(300);
      });
      container.append(
        el(
          'div',
          { class: 'field' },
          label,
          el('p', {
            class: 'hint',
            id: `${id}-hint`,
            text: fallback
              ? `Par défaut : ${fallback}`
              : (STYLE_HINTS[property.name] ?? property.description),
          }),
          input,
          el('p', { class: 'error', id: `${id}-error` }),
        ),
      );
    }
  }
  document.getElementById('reset-styles').addEventListener('click', () => {
    for (const property of declaration.cssProperties ?? []) {
      const input = document.getElementById(fieldId(property.name));
      input.value = input.type === 'color' ? cssDefaults[property.name] : '';
      setInvalid(input, '');
      state.styles[property.name] = '';
    }
    scheduleUpdate(0);
  });
}

/* ---------- contrast ---------- */

function luminance(hex) {
  const channels = [1, 3, 5].map((start) => parseInt(hex.slice(start, start + 2), 16) / 255);
  const [r, g, b] = channels.map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a, b) {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

function checkContrast() {
  const colour = (name) => state.styles[name] || cssDefaults[name];
  const problems = CONTRAST_PAIRS.filter(
    ([text, background]) => isColour(colour(text) ?? '') && isColour(colour(background) ?? ''),
  )
    .map(([text, background, minimum, what]) => [contrast(colour(text), colour(background)), minimum, what])
    .filter(([ratio, minimum]) => ratio < minimum)
    .map(
      ([ratio, minimum, what]) =>
        `${what} : contraste ${ratio.toFixed(1).replace('.', ',')} pour 1, il faut au moins ${String(minimum).replace('.', ',')} pour 1`,
    );
  const warning = document.getElementById('contrast-warning');
  warning.hidden = problems.length === 0;
  warning.textContent = problems.length
    ? `Attention, difficile à lire pour beaucoup de personnes : ${problems.join(' ; ')}.`
    : '';
}

/* ---------- snippet and previews, from the same state ---------- */

const escapeAttribute = (value) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** Attributes worth writing: set, valid, and not the default. */
function chosenAttributes() {
  return (declaration.attributes ?? [])
    .map((attribute) => [attribute.name, (state.attributes[attribute.name] ?? '').trim()])
    .filter(([name, value]) => value !== '' && !invalid.has(fieldId(name)));
}

function chosenStyles() {
  return Object.entries(state.styles).filter(([name, value]) => value !== '' && !invalid.has(fieldId(name)));
}

function scriptUrl() {
  return state.scriptSource === 'cdn'
    ? `https://cdn.jsdelivr.net/npm/@passerelle/widget@${version}/dist/passerelle.js`
    : SELF_HOSTED_SCRIPT;
}

function snippet() {
  const attributes = chosenAttributes();
  const styles = chosenStyles();
  const lines = [`<script src="${scriptUrl()}" defer></script>`];
  if (styles.length) {
    lines.push('<style>', `  ${TAG} {`);
    for (const [name, value] of styles) lines.push(`    ${name}: ${value};`);
    lines.push('  }', '</style>');
  }
  if (attributes.length === 0) lines.push(`<${TAG}></${TAG}>`);
  else {
    lines.push(`<${TAG}`);
    for (const [name, value] of attributes) lines.push(`  ${name}="${escapeAttribute(value)}"`);
    lines.push(`></${TAG}>`);
  }
  return lines.join('\n');
}

function applyToPreviews() {
  const attributes = new Map(chosenAttributes());
  const styles = new Map(chosenStyles());
  for (const preview of previews()) {
    for (const attribute of declaration.attributes ?? []) {
      const value = attributes.get(attribute.name);
      // Without a catalogue the preview would only show its error: keep the last good one.
      if (attribute.name === 'catalogue' && !value) continue;
      if (value === undefined) preview.removeAttribute(attribute.name);
      else if (preview.getAttribute(attribute.name) !== value) preview.setAttribute(attribute.name, value);
    }
    for (const property of declaration.cssProperties ?? []) {
      const value = styles.get(property.name);
      if (value === undefined) preview.style.removeProperty(property.name);
      else preview.style.setProperty(property.name, value);
    }
  }
}

function update() {
  document.getElementById('snippet').textContent = snippet();
  applyToPreviews();
  checkContrast();
  document.getElementById('csp-note').textContent =
    state.scriptSource === 'cdn'
      ? 'Votre site a une politique de sécurité (CSP) ? Ajoutez https://cdn.jsdelivr.net à script-src. La version est fixée dans l’adresse : une nouvelle version ne change rien chez vous tant que vous ne changez pas l’adresse.'
      : 'Publiez passerelle.js et le dossier cdn/ (dans dist/ du paquet @passerelle/widget) ensemble, au même endroit de votre site. Une politique de sécurité stricte (script-src \u0027self\u0027) suffit.';
}

function scheduleUpdate(delay) {
  window.clearTimeout(updateTimer);
  updateTimer = window.setTimeout(update, delay);
}

async function copySnippet() {
  const status = document.getElementById('copy-status');
  const text = snippet();
  try {
    await navigator.clipboard.writeText(text);
    status.textContent = 'Code copié. Collez-le dans votre page.';
  } catch {
    // No clipboard (an old browser, a refused permission): select the code for Ctrl+C.
    const range = document.createRange();
    range.selectNodeContents(document.getElementById('snippet'));
    window.getSelection()?.removeAllRanges();
    window.getSelection()?.addRange(range);
    status.textContent = 'Le code est sélectionné : appuyez sur Ctrl+C (ou Cmd+C) pour le copier.';
  }
}

/* ---------- the event log ---------- */

function listenToEvents() {
  const log = document.getElementById('events');
  for (const event of declaration.events ?? []) {
    for (const preview of previews()) {
      preview.addEventListener(event.name, (received) => {
        const where = preview.id === 'preview-phone' ? 'aperçu 360 px' : 'aperçu pleine largeur';
        log.prepend(
          el(
            'li',
            {},
            el('code', { text: event.name }),
            ` (${where}) : `,
            el('code', { text: JSON.stringify(received.detail ?? {}) }),
          ),
        );
        while (log.children.length > 8) log.lastElementChild?.remove();
      });
    }
  }
}

/* ---------- the reference, from custom-elements.json ---------- */

function table(caption, allHeadings, allRows, kind) {
  if (allRows.length === 0) return el('p', { class: 'none', text: `${caption} : il n’y en a pas.` });
  // A column the manifest leaves empty on every row (no default given, say) is left out.
  const kept = allHeadings.map((_, index) => index === 0 || allRows.some((row) => row[index]));
  const headings = allHeadings.filter((_, index) => kept[index]);
  const rows = allRows.map((row) => row.filter((_, index) => kept[index]));
  return el(
    'div',
    { class: 'table-scroll', role: 'region', 'aria-label': caption, tabindex: '0' },
    el(
      'table',
      {},
      el('caption', { text: caption }),
      el('thead', {}, el('tr', {}, ...headings.map((heading) => el('th', { scope: 'col', text: heading })))),
      el(
        'tbody',
        {},
        ...rows.map(([name, ...cells]) =>
          el(
            'tr',
            { 'data-api': `${kind}:${name}` },
            el('th', { scope: 'row' }, el('code', { text: name })),
            ...cells.map((cell) => el('td', {}, richText(cell))),
          ),
        ),
      ),
    ),
  );
}

function publicMembers(item) {
  const fromAttributes = new Set((item.attributes ?? []).map((attribute) => attribute.fieldName));
  return (item.members ?? []).filter(
    (member) =>
      (member.privacy ?? 'public') === 'public' &&
      !member.static &&
      !member.name.startsWith('_') &&
      !fromAttributes.has(member.name),
  );
}

/**
 * One element's reference. The finder is the public interface; an element it creates inside itself
 * (`internal`) is shown with the same tables, but its attributes, properties and methods are marked
 * as not promised, and `reaching` names its events that arrive on the finder, so on the page.
 */
function renderElement(item, { internal = false, reaching = [] } = {}) {
  const tag = item.tagName;
  const own = internal ? ' (interne, peut changer)' : '';
  const section = el('section', {
    class: internal ? 'api-element internal' : 'api-element',
    'aria-labelledby': `api-${tag}`,
    'data-element': tag,
  });
  section.append(
    el('h3', { id: `api-${tag}` }, el('code', { text: `<${tag}>` })),
    internal
      ? el(
          'p',
          { class: 'internal-note' },
          el('strong', { text: 'Élément interne : ' }),
          el('code', { text: `<${TAG}>` }),
          ' le crée, vous ne le placez pas vous-même. Ses attributs, propriétés et méthodes ne font pas partie de l’interface promise.',
          ...(reaching.length
            ? [
                ' Ses événements ',
                ...reaching.flatMap((name, index) => [index ? ', ' : '', el('code', { text: name })]),
                ' remontent jusqu’à votre page : écoutez-les sur ',
                el('code', { text: `<${TAG}>` }),
                '.',
              ]
            : [' Ses événements restent à l’intérieur du module.']),
        )
      : undefined,
    el(
      'div',
      { lang: 'en' },
      ...String(item.description ?? '')
        .split(/\n\s*\n/)
        .filter(Boolean)
        .map((paragraph) => el('p', {}, richText(paragraph))),
    ),
    table(
      `Attributs de <${tag}>${own}`,
      ['Attribut', 'Ce qu’il règle', 'Type', 'Par défaut'],
      (item.attributes ?? []).map((attribute) => [
        attribute.name,
        attribute.description ?? '',
        attribute.type?.text ?? '',
        attribute.default ?? '',
      ]),
      'attribute',
    ),
    table(
      `Événements de <${tag}>`,
      ['Événement', 'Quand, et ce qu’il transporte (detail)'],
      (item.events ?? []).map((event) => [event.name, event.description ?? event.type?.text ?? '']),
      'event',
    ),
    table(
      `Propriétés CSS de <${tag}>`,
      ['Propriété', 'Ce qu’elle règle'],
      (item.cssProperties ?? []).map((property) => [property.name, property.description ?? '']),
      'cssProperty',
    ),
    table(
      `Parties (::part) de <${tag}>`,
      ['Partie', 'Ce que c’est'],
      (item.cssParts ?? []).map((part) => [part.name, part.description ?? '']),
      'cssPart',
    ),
    table(
      `Emplacements (slot) de <${tag}>`,
      ['Emplacement', 'Ce qu’on y met'],
      (item.slots ?? []).map((slot) => [slot.name || '(par défaut)', slot.description ?? '']),
      'slot',
    ),
    table(
      `Propriétés et méthodes JavaScript de <${tag}>${own}`,
      ['Nom', 'Ce que c’est', 'Type'],
      publicMembers(item).map((member) => [
        member.kind === 'method' ? `${member.name}()` : member.name,
        member.description ?? '',
        member.type?.text ?? (member.kind === 'method' ? 'méthode' : ''),
      ]),
      'member',
    ),
  );
  return section;
}

function renderReference(manifest) {
  const elements = manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((item) => item.customElement && item.tagName),
  );
  const main = elements.filter((item) => item.tagName === TAG);
  const finderEvents = new Set(main.flatMap((item) => (item.events ?? []).map((event) => event.name)));
  const reachingOf = (item) =>
    (item.events ?? []).map((event) => event.name).filter((name) => finderEvents.has(name));
  // An inner element whose events reach the page (the orientation tab's) is shown in full; the
  // others (the search field's combobox) only matter to someone reading the module's code.
  const visible = elements.filter((item) => item.tagName !== TAG && reachingOf(item).length > 0);
  const hidden = elements.filter((item) => item.tagName !== TAG && reachingOf(item).length === 0);
  const container = document.getElementById('reference');
  container.replaceChildren(
    ...main.map((item) => renderElement(item)),
    ...visible.map((item) => renderElement(item, { internal: true, reaching: reachingOf(item) })),
  );
  if (hidden.length) {
    container.append(
      el(
        'details',
        { class: 'inner-elements' },
        el('summary', {
          text: `Les autres éléments utilisés à l’intérieur du module (${hidden.map((item) => `<${item.tagName}>`).join(', ')}) : vous n’avez pas à les placer vous-même`,
        }),
        ...hidden.map((item) => renderElement(item, { internal: true })),
      ),
    );
  }
}

/* ---------- the history of the public API, from CHANGELOG.md ---------- */

/** Markdown's inline forms that CHANGELOG.md uses: `code`, **strong** and [links](https://…). */
function inlineMarkdown(text) {
  const fragment = document.createDocumentFragment();
  const pattern = /`([^`]+)`|\*\*([^*]+)\*\*|\[([^\]]+)\]\(([^)\s]+)\)/g;
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > last) fragment.append(document.createTextNode(text.slice(last, match.index)));
    const [, code, strong, label, href] = match;
    if (code !== undefined) fragment.append(el('code', { text: code }));
    else if (strong !== undefined) fragment.append(el('strong', {}, inlineMarkdown(strong)));
    else if (/^https:\/\//.test(href)) fragment.append(el('a', { href }, inlineMarkdown(label)));
    else fragment.append(inlineMarkdown(label));
    last = match.index + match[0].length;
  }
  if (last < text.length) fragment.append(document.createTextNode(text.slice(last)));
  return fragment;
}

/**
 * The version sections of CHANGELOG.md (« Unreleased », « 0.1.0 »…) as HTML: its headings, lists
 * (an item goes on on the lines indented under it) and paragraphs. The stability promise above is
 * the page's own, in plain French, for webmasters.
 */
function renderChangelog(markdown) {
  const nodes = [];
  let list;
  let item;
  let paragraph;
  let inVersion = false;
  const flush = () => {
    if (item) list.append(el('li', {}, inlineMarkdown(item)));
    if (paragraph) nodes.push(el('p', {}, inlineMarkdown(paragraph)));
    item = undefined;
    paragraph = undefined;
  };
  for (const line of markdown.split(/\r?\n/)) {
    const heading = /^(#{2,3}) (.+)$/.exec(line);
    if (heading) {
      flush();
      list = undefined;
      const [, level, title] = heading;
      if (level === '##') inVersion = /^(Unreleased|\d+\.\d+\.\d+)\b/.test(title);
      if (inVersion) nodes.push(el(level === '##' ? 'h3' : 'h4', {}, inlineMarkdown(title)));
    } else if (!inVersion) {
      continue;
    } else if (/^- /.test(line)) {
      flush();
      if (!list) nodes.push((list = el('ul')));
      item = line.slice(2).trim();
    } else if (/^\s+\S/.test(line) && item !== undefined) {
      item += ` ${line.trim()}`;
    } else if (line.trim() === '') {
      flush();
      list = undefined;
    } else {
      if (item !== undefined) flush();
      list = undefined;
      paragraph = paragraph === undefined ? line.trim() : `${paragraph} ${line.trim()}`;
    }
  }
  flush();
  const container = document.getElementById('changelog');
  container.replaceChildren(...nodes);
}

/* ---------- start ---------- */

async function start() {
  const status = document.getElementById('form-status');
  try {
    // The history is a page section of its own: without it, the configurator still works.
    const history = fetchText(CHANGELOG_URL).then(renderChangelog, (error) => {
      document
        .getElementById('changelog')
        .replaceChildren(el('p', { text: `L’historique n’a pas pu être chargé (${error.message}).` }));
    });
    const [manifest, widgetPackage, programmeSummaries] = await Promise.all([
      fetchJson(ELEMENTS_URL),
      fetchJson(PACKAGE_URL),
      fetchJson(SUMMARIES_URL),
    ]);
    declaration = manifest.modules
      .flatMap((module) => module.declarations ?? [])
      .find((item) => item.tagName === TAG);
    if (!declaration) throw new Error(`${ELEMENTS_URL} ne décrit pas <${TAG}>`);
    version = widgetPackage.version;
    summaries = programmeSummaries;
    renderReference(manifest);
    buildAttributeFields();
    buildStyleFields();
    listenToEvents();
    const source = document.getElementById('script-source');
    source.value = state.scriptSource;
    source.addEventListener('change', () => {
      state.scriptSource = source.value;
      scheduleUpdate(0);
    });
    document.getElementById('copy').addEventListener('click', () => void copySnippet());
    // Enter in a field commits it (its change event), it does not send the form anywhere.
    document.getElementById('settings').addEventListener('submit', (event) => event.preventDefault());
    await Promise.all([loadDepartements(state.attributes.catalogue), history]);
    update();
    status.textContent = '';
    document.body.dataset.ready = 'true';
  } catch (error) {
    status.textContent = `Les réglages n’ont pas pu être chargés (${error.message}). Avez-vous lancé « pnpm start » ?`;
  }
}

void start();
