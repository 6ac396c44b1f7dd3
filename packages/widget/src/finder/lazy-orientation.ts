/**
 * The boundary of the lazy orientation module: the finder imports only this file statically, and
 * the orientation's code (the conversation, the plan, the rulesets) becomes a module of its own in
 * the built script, fetched the first time the orientation tab is shown.
 */
export async function loadOrientation(): Promise<void> {
  const module = await import('../orientation/define-orientation.js');
  module.defineOrientation();
}
