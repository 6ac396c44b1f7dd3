// Public API of the shards module: filled as the module lands.
export {};
