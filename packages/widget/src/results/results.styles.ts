import { css } from 'lit';

/** The result cards and the programme badges. */
export const resultsStyles = css`
  .results {
    display: grid;
    gap: var(--_space);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .card {
    display: grid;
    gap: 0.35rem;
    padding: var(--_space);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    /* Cards below the fold are not laid out on each keystroke (they stay in the accessibility tree). */
    content-visibility: auto;
    contain-intrinsic-size: auto 11rem;
  }
  @media print {
    .card {
      content-visibility: visible;
    }
  }
  .card h3 {
    margin: 0;
  }
  .card-title {
    display: block;
    width: 100%;
    min-height: 2.75rem;
    padding: 0.25em 0;
    font-size: inherit;
    font-weight: 700;
    text-align: start;
    justify-content: flex-start;
    color: var(--_accent);
    background: none;
    border: none;
    text-decoration: underline;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    color: var(--_muted);
  }
  .badges {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
  }
  .badge {
    display: inline-flex;
    gap: 0.35em;
    align-items: center;
    padding: 0.15em 0.6em;
    font-weight: 700;
    font-size: 0.95em;
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: 999px;
  }
  .badge.free {
    color: #0b4d1e;
    background: #e6f4ea;
    border-color: #1e7b34;
  }
  details.programme {
    max-width: 100%;
  }
  details.programme summary {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.5em;
    align-items: center;
    min-height: 2.75rem;
    cursor: pointer;
    list-style: none;
  }
  details.programme summary::-webkit-details-marker {
    display: none;
  }
  .what {
    color: var(--_accent);
    text-decoration: underline;
    font-weight: 600;
  }
  details.programme p {
    margin: 0.35rem 0 0;
    padding: 0.5rem 0.75rem;
    background: var(--_surface);
    border-inline-start: 4px solid var(--_accent);
  }
`;
