/** Stops a long task between steps once the officer pressed Hủy; useOperation reports it as cancelled. */
export function throwIfCancelled(signal: AbortSignal): void {
  if (signal.aborted) throw new DOMException("cancelled", "AbortError");
}
