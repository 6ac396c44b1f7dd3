// Public API of the orientation module: filled as the module lands.
export {};
