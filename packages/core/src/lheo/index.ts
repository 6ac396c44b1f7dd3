// Public API of the lheo module: filled as the module lands.
export {};
