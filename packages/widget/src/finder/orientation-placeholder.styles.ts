import { css } from 'lit';

/** The programme explanations of the orientation tab. */
export const orientationPlaceholderStyles = css`
  .programmes {
    display: grid;
    gap: var(--_space);
    margin: var(--_space) 0 0;
    padding: 0;
    list-style: none;
  }
  .programme-explained {
    padding: var(--_space);
    background: var(--_background);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
