// Public API of the search module: filled as the module lands.
export {};
