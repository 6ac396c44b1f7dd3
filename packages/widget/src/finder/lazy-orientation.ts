/**
 * The boundary of the lazy orientation module: the finder imports only this file statically, and
 * the orientation's code (the conversation, the plan, the rulesets) becomes a module of its own in
 * the built script, fetched the first time the orientation tab is shown.
 */
import { lazyModule } from '../internal/lazy-module.js';
import type { orientationTrainings } from './orientation-trainings.js';

export type TrainingsFactory = typeof orientationTrainings;

/** Registers `<passerelle-orientation>` once it has arrived; gives how the finder builds the plan's trainings. */
export const orientationCode = lazyModule<TrainingsFactory>(async () => {
  const module = await import('../orientation/define-orientation.js');
  module.defineOrientation();
  return module.orientationTrainings;
});
