// Bundled with rollup by tests/node/packed-packages.test.ts, as a site that builds its own pages would.
import '@passerelle/widget/define';
import { PasserelleFinder } from '@passerelle/widget';

export const finderClass = PasserelleFinder;
