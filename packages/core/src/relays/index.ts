// Public API of the relays module: filled as the module lands.
export {};
