import { css } from 'lit';

/** The help shown when nothing matches. */
export const emptyStateStyles = css`
  .empty ul {
    display: grid;
    gap: 0.5rem;
    margin: 0.5rem 0 0;
    padding: 0;
    list-style: none;
  }
`;
