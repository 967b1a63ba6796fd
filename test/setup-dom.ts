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
