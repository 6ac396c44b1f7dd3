// Public API of the geo module: filled as the module lands.
export {};
