/** Jest set-up for jsdom tests: what jsdom lacks and Fluent UI needs. */
import "@testing-library/jest-dom";

if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  // jsdom has no layout, so nothing ever resizes: observing is a no-op.
  class NoLayoutResizeObserver {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  Object.assign(window, { ResizeObserver: NoLayoutResizeObserver });
}

// jsdom's crypto lacks randomUUID and subtle (signal ids, child hashes): use Node's WebCrypto.
if (typeof window !== "undefined") {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { webcrypto } = require("node:crypto") as typeof import("node:crypto");
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const util = require("node:util") as typeof import("node:util");
  if (typeof globalThis.TextEncoder === "undefined") {
    Object.assign(globalThis, { TextEncoder: util.TextEncoder, TextDecoder: util.TextDecoder });
  }
  if (!globalThis.crypto?.randomUUID || !globalThis.crypto?.subtle) {
    Object.defineProperty(globalThis, "crypto", { value: webcrypto, configurable: true });
  }
}
