import { css } from 'lit';

export const comboboxStyles = css`
  :host {
    display: block;
    position: relative;
  }
  label {
    display: block;
    font-weight: 700;
    margin-block-end: 0.25em;
  }
  .hint {
    display: block;
    color: var(--passerelle-muted, #4d4d4d);
    font-size: 0.9em;
    margin-block-end: 0.35em;
  }
  input {
    box-sizing: border-box;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.5em 0.75em;
    font: inherit;
    color: inherit;
    background: var(--passerelle-background, #ffffff);
    border: 2px solid var(--passerelle-border, #666666);
    border-radius: var(--passerelle-radius, 0.5rem);
  }
  input:focus-visible {
    outline: 3px solid var(--passerelle-accent, #0b5394);
    outline-offset: 2px;
  }
  [role='listbox'] {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    margin: 0.25rem 0 0;
    padding: 0.25rem;
    list-style: none;
    max-height: min(20rem, 60vh);
    overflow-y: auto;
    background: var(--passerelle-background, #ffffff);
    border: 2px solid var(--passerelle-border, #666666);
    border-radius: var(--passerelle-radius, 0.5rem);
    box-shadow: 0 4px 12px rgb(0 0 0 / 0.15);
  }
  [role='listbox'][hidden] {
    display: none;
  }
  [role='option'] {
    display: flex;
    gap: 0.5em;
    justify-content: space-between;
    align-items: center;
    min-height: 2.75rem;
    padding: 0.25em 0.75em;
    border-radius: calc(var(--passerelle-radius, 0.5rem) / 2);
    cursor: pointer;
  }
  [role='option'][aria-selected='true'] {
    background: var(--passerelle-accent, #0b5394);
    color: var(--passerelle-accent-text, #ffffff);
    outline: 2px solid transparent;
  }
  .option-hint {
    font-size: 0.85em;
    opacity: 0.9;
  }
  @media (forced-colors: active) {
    [role='option'][aria-selected='true'] {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
