/* jsdom has no ResizeObserver; Fluent UI's MessageBar measures itself with one. Real browsers are tested in e2e. */
if (typeof window !== "undefined" && !("ResizeObserver" in window)) {
  class InertResizeObserver {
    observe(): void {}
    unobserve(): void {}
    disconnect(): void {}
  }
  Object.assign(window, { ResizeObserver: InertResizeObserver });
}
