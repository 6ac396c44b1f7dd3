/**
 * Entry of the one-file script (`dist/passerelle.js`): registers the elements when loaded.
 * Registration is guarded in define.ts, so a page that includes the script twice keeps working.
 */
import './define.js';
