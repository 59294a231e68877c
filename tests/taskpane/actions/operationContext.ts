import type { OperationContext } from "../../../src/taskpane/common/useOperation";

/** A running operation as the pane's panels give one to an action: never cancelled unless `controller` is aborted. */
export function operationContext(controller = new AbortController()): OperationContext {
  return { signal: controller.signal, progress: jest.fn() };
}
