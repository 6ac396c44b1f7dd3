import { css } from 'lit';

/** The detail view of a training. */
export const detailStyles = css`
  .detail {
    display: grid;
    gap: var(--_space);
  }
  .detail section {
    display: grid;
    gap: 0.35rem;
  }
  .detail ul {
    margin: 0;
    padding-inline-start: 1.25em;
  }
  .pre {
    white-space: pre-line;
  }
  .partner-line {
    display: none;
  }
`;
