import { css } from 'lit';

/** The filter panel, its fields and the chips of the active filters. */
export const filtersStyles = css`
  .filters {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    padding: var(--_space);
    background: var(--_surface);
    border-radius: var(--_radius);
  }
  .filters[hidden] {
    display: none;
  }
  .field {
    min-width: 0;
    display: grid;
    gap: 0.25rem;
    align-content: start;
  }
  .field > label,
  fieldset > legend {
    font-weight: 700;
  }
  fieldset {
    margin: 0;
    padding: 0;
    border: none;
    min-width: 0;
  }
  .check {
    display: flex;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75rem;
  }
  .check input {
    width: 1.5rem;
    height: 1.5rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .hint {
    color: var(--_muted);
    font-size: 0.9em;
  }
  @container (min-width: 48rem) {
    .layout.with-filters {
      display: grid;
      grid-template-columns: minmax(16rem, 20rem) 1fr;
      gap: var(--_space);
      align-items: start;
    }
    .filters {
      grid-template-columns: 1fr;
    }
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .chip {
    border-radius: 999px;
  }
`;
