import { css } from 'lit';
import { detailStyles } from '../detail/detail.styles.js';
import { emptyStateStyles } from '../empty/empty-state.styles.js';
import { filtersStyles } from '../filters/filters.styles.js';
import { resultsStyles } from '../results/results.styles.js';

/**
 * Defaults meet WCAG AA: #1a1a1a on #ffffff is 17:1, the accent #0b5394 on white 7.6:1 (white on it
 * too), muted text #4d4d4d 8.5:1, borders #666666 5.7:1 (≥ 3:1 for components).
 */
export const finderStyles = css`
  :host {
    --_accent: var(--passerelle-accent, #0b5394);
    --_accent-text: var(--passerelle-accent-text, #ffffff);
    --_text: var(--passerelle-text, #1a1a1a);
    --_muted: var(--passerelle-muted, #4d4d4d);
    --_background: var(--passerelle-background, #ffffff);
    --_surface: var(--passerelle-surface, #f3f5f8);
    --_border: var(--passerelle-border, #666666);
    --_radius: var(--passerelle-radius, 0.5rem);
    --_space: var(--passerelle-spacing, 1rem);
    display: block;
    container-type: inline-size;
    font-family: var(--passerelle-font, inherit);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: anywhere;
  }
  :host([hidden]) {
    display: none;
  }
  * {
    box-sizing: border-box;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  h2,
  h3,
  h4 {
    line-height: 1.25;
    margin: 0 0 calc(var(--_space) / 2);
  }
  h2 {
    font-size: 1.35em;
  }
  h3 {
    font-size: 1.15em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  a:focus-visible,
  button:focus-visible,
  select:focus-visible,
  input:focus-visible,
  summary:focus-visible,
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent);
    outline-offset: 2px;
  }
  button,
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.4em 1em;
    font: inherit;
    font-weight: 600;
    color: var(--_accent);
    background: var(--_background);
    border: 2px solid var(--_accent);
    border-radius: var(--_radius);
    cursor: pointer;
    text-decoration: none;
  }
  button.primary {
    color: var(--_accent-text);
    background: var(--_accent);
  }
  button.link {
    min-height: 2.75rem;
    padding-inline: 0.25em;
    border-color: transparent;
    text-decoration: underline;
    text-align: start;
  }
  button[disabled] {
    cursor: default;
    opacity: 0.7;
  }
  select,
  input[type='date'] {
    width: 100%;
    min-height: 2.75rem;
    max-width: 100%;
    padding: 0.4em 0.6em;
    font: inherit;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  /*
   * The page's CSS reaches the host element (a theme's « * { all: unset } », « !important » on
   * everything): what the widget's text inherits is set again here, where no page rule applies,
   * so only the font family and the documented custom properties come from the page.
   */
  .frame {
    /* Every inherited text property back to its initial value (custom properties are kept). */
    all: initial;
    display: grid;
    gap: var(--_space);
    padding: var(--passerelle-padding, 0);
    container-type: inline-size;
    font-family: var(--passerelle-font, inherit);
    font-size: var(--passerelle-font-size, 1rem);
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
  }
  .panel {
    display: grid;
    gap: var(--_space);
  }
  .panel[hidden] {
    display: none;
  }
  .credits {
    margin: var(--_space) 0 0;
    font-size: 0.875em;
  }
  .demo-label {
    justify-self: start;
    margin: 0;
    padding: 0.25em 0.75em;
    color: #5c3b00;
    background: #fff4d6;
    border: 2px solid #8a5a00;
    border-radius: var(--_radius);
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    border-bottom: 2px solid var(--_border);
  }
  /*
   * In a narrow column the tabs share the row, a label wrapping between words, rather than the
   * second tab going under the first; they still wrap when even one word per line cannot fit.
   */
  @container (max-width: 30rem) {
    .tabs [role='tab'] {
      flex: 1 1 0;
    }
  }
  .tabs [role='tab'] {
    overflow-wrap: normal;
    text-align: center;
    border-radius: var(--_radius) var(--_radius) 0 0;
    border-bottom: none;
  }
  .tabs [role='tab'][aria-selected='true'] {
    color: var(--_accent-text);
    background: var(--_accent);
  }
  .loading,
  .error,
  .notice,
  .empty,
  .orientation {
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
    border: 2px solid transparent;
  }
  .error {
    border-color: #a00000;
    background: #fff0f0;
    color: #1a1a1a;
  }
  .spinner {
    display: inline-block;
    width: 1.25em;
    height: 1.25em;
    margin-inline-end: 0.5em;
    vertical-align: -0.2em;
    border: 3px solid currentColor;
    border-right-color: transparent;
    border-radius: 50%;
    animation: spin 0.9s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
  .search-row {
    display: grid;
    gap: 0.75rem;
  }
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
`;

/** Forced colours and print, last so that they win over the parts' own rules. */
export const finderMediaStyles = css`
  @media (forced-colors: active) {
    .badge,
    .card,
    button,
    .demo-label,
    .error {
      border-color: CanvasText;
    }
    .tabs [role='tab'][aria-selected='true'] {
      border: 3px solid Highlight;
    }
  }
  @media print {
    :host {
      color: #000000;
      background: #ffffff;
      font-size: 11pt;
    }
    .tabs,
    .search-row,
    .toolbar,
    .filters,
    .empty-actions,
    button:not(.card-title),
    .what {
      display: none !important;
    }
    .card,
    .detail section {
      break-inside: avoid;
    }
    .card-title {
      color: #000000;
      text-decoration: none;
    }
    a {
      color: #000000;
    }
    a[href^='http']::after {
      content: ' (' attr(href) ')';
      font-size: 0.85em;
    }
    details.programme p {
      display: block;
    }
    .partner-line {
      display: block;
    }
  }
`;

/** The finder's style sheets with its parts', in cascade order (the media queries last). */
export const finderStyleSheets = [
  finderStyles,
  filtersStyles,
  resultsStyles,
  emptyStateStyles,
  detailStyles,
  finderMediaStyles,
];
