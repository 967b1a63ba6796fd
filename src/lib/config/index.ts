/** Runtime configuration (config.json + per-user overrides): public API of src/lib/config. */
export * from "./schema";
export * from "./parse";
export * from "./overrides";
export * from "./load";
