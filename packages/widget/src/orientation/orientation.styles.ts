import { css } from 'lit';

/**
 * The orientation's look: the finder's colours (its custom properties inherit into this shadow
 * root), big targets (at least 44 px, WCAG 2.5.5), a text size the person can raise, and a print
 * stylesheet that prints the take-away sheet alone.
 */
export const orientationStyles = css`
  :host {
    display: block;
    font-size: calc(1em * var(--_text-scale, 1));
    color: var(--_text, #1a1a1a);
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
  h4,
  h5 {
    line-height: 1.25;
    margin: 0.75em 0 0.4em;
  }
  h2 {
    font-size: 1.5em;
  }
  h3 {
    font-size: 1.3em;
  }
  h4 {
    font-size: 1.1em;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  [tabindex='-1']:focus-visible {
    outline: 3px solid var(--_accent, #0b5394);
    outline-offset: 2px;
  }
  button,
  select,
  input,
  textarea {
    font: inherit;
  }
  button {
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.5em 1em;
    border: 2px solid var(--_accent, #0b5394);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_background, #ffffff);
    color: var(--_accent, #0b5394);
    cursor: pointer;
    text-align: start;
  }
  button:focus-visible,
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible,
  summary:focus-visible,
  a:focus-visible {
    outline: 3px solid var(--_accent, #0b5394);
    outline-offset: 2px;
  }
  button:disabled {
    opacity: 0.55;
    cursor: default;
  }
  button.primary,
  button[aria-pressed='true'] {
    background: var(--_accent, #0b5394);
    color: var(--_accent-text, #ffffff);
  }
  button.big {
    font-size: 1.15em;
    padding: 0.75em 1.5em;
  }
  button.link {
    border-color: transparent;
    text-decoration: underline;
    padding-inline: 0.25em;
  }
  a {
    color: var(--_accent, #0b5394);
  }
  input,
  select,
  textarea {
    min-height: 2.75rem;
    padding: 0.4em 0.6em;
    border: 2px solid var(--_border, #666666);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_background, #ffffff);
    color: inherit;
    max-width: 100%;
  }
  .orientation-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .toolbar,
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .privacy {
    border-inline-start: 4px solid var(--_accent, #0b5394);
    padding-inline-start: 0.75rem;
  }
  .privacy.small {
    font-size: 0.9em;
    color: var(--_muted, #4d4d4d);
  }
  .notice {
    padding: 0.75rem;
    border: 2px solid var(--_accent, #0b5394);
    border-radius: var(--_radius, 0.5rem);
    background: var(--_surface, #f3f5f8);
  }
  .muted {
    color: var(--_muted, #4d4d4d);
  }
  .progress {
    color: var(--_muted, #4d4d4d);
    margin: 0.5rem 0 0;
  }
  .question-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .question-head h3 {
    flex: 1 1 12rem;
  }
  .pictogram {
    display: inline-block;
    min-width: 1.5em;
    text-align: center;
    font-size: 1.25em;
  }
  .pictogram.big {
    font-size: 2em;
  }
  ul[role='list'] {
    list-style: none;
    padding: 0;
    margin: 0;
  }
  .answers {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
    gap: 0.5rem;
  }
  .answer {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    width: 100%;
    min-height: 3.25rem;
    font-size: 1.1em;
  }
  .answer.other {
    width: auto;
    font-size: 1em;
    border-style: dashed;
  }
  fieldset {
    border: 0;
    padding: 0;
    margin: 0;
  }
  legend {
    margin-bottom: 0.5rem;
  }
  .check {
    display: flex;
    align-items: center;
    gap: 0.75rem;
    min-height: 2.75rem;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    min-height: 0;
  }
  .typed,
  .form-field {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: 0.4rem;
    margin: 0.75rem 0;
  }
  .field-error {
    color: #b00020;
    font-weight: bold;
    margin: 0;
  }
  .tip {
    margin: 1rem 0;
    padding: 0.5rem 0.75rem;
    background: var(--_surface, #f3f5f8);
    border-radius: var(--_radius, 0.5rem);
  }
  summary {
    cursor: pointer;
    min-height: 2.75rem;
    display: flex;
    align-items: center;
    font-weight: bold;
    color: var(--_accent, #0b5394);
  }
  .path {
    list-style: none;
    padding: 0;
    margin: 0.5rem 0;
  }
  .stop {
    position: relative;
    display: flex;
    gap: 0.75rem;
    padding-bottom: 1rem;
  }
  /* The line that joins the stops: the plan drawn as a path, like the Regions' parcours-types. */
  .stop:not(:last-child)::before {
    content: '';
    position: absolute;
    inset-inline-start: calc(1.25rem - 2px);
    top: 2.5rem;
    bottom: 0;
    border-inline-start: 4px solid var(--_accent, #0b5394);
  }
  .stop-mark {
    flex: 0 0 2.5rem;
    height: 2.5rem;
    display: flex;
    align-items: center;
    justify-content: center;
    border-radius: 50%;
    background: var(--_accent, #0b5394);
    color: var(--_accent-text, #ffffff);
    font-size: 1.25em;
  }
  .stop-body {
    flex: 1 1 auto;
    min-width: 0;
  }
  .stop-body h4 {
    margin-top: 0.4em;
  }
  .step-number {
    display: block;
    font-size: 0.85em;
    color: var(--_muted, #4d4d4d);
  }
  .trainings,
  .relay,
  .status {
    padding: 0.75rem;
    margin: 0.5rem 0;
    border: 1px solid var(--_border, #666666);
    border-radius: var(--_radius, 0.5rem);
  }
  .training {
    display: flex;
    flex-direction: column;
    padding: 0.4rem 0;
  }
  .training + .training {
    border-top: 1px solid var(--_border, #666666);
  }
  .relay-first {
    border-width: 3px;
    border-color: var(--_accent, #0b5394);
  }
  .priority {
    font-weight: bold;
    margin: 0;
  }
  .status {
    display: flex;
    flex-direction: column;
  }
  .status-word {
    font-weight: bold;
  }
  .status-eligible .status-word {
    color: #1e6b2f;
  }
  .status-not-eligible .status-word {
    color: var(--_muted, #4d4d4d);
  }
  .section-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .say {
    font-size: 1.15em;
    font-weight: bold;
  }
  .answers-list .answered {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
    padding: 0.4rem 0;
    border-bottom: 1px solid var(--_border, #666666);
  }
  dt {
    font-weight: bold;
  }
  dd {
    margin: 0;
  }
  .sms-text {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
  }
  .sheet {
    display: none;
  }
  @media (forced-colors: active) {
    .stop-mark,
    button.primary,
    button[aria-pressed='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  @media print {
    :host {
      font-size: 14pt;
      color: #000000;
    }
    .screen {
      display: none !important;
    }
    .sheet {
      display: block;
      line-height: 1.35;
    }
    .sheet h2 {
      font-size: 22pt;
      margin-top: 0;
    }
    .sheet h3 {
      font-size: 15pt;
      margin: 0.6em 0 0.2em;
    }
    .sheet p,
    .sheet ul,
    .sheet ol {
      margin: 0.2em 0;
    }
    .sheet .sheet-qr {
      display: flex;
      align-items: center;
      gap: 1em;
      break-inside: avoid;
    }
    .sheet .qr {
      width: 3.5cm;
      height: 3.5cm;
      flex: none;
    }
    .sheet .appointment {
      margin-top: 0.8em;
      padding: 0.4em 0.8em;
      border: 2px solid #000000;
    }
    @page {
      size: A4;
      margin: 12mm;
    }
  }
`;
