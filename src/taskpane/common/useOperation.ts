import { useCallback, useRef, useState } from "react";
import { uiTexts } from "../../domain/texts/ui";

export interface Progress {
  done: number;
  total: number;
}

export type OperationState<T> =
  | { kind: "idle" }
  | { kind: "working"; progress?: Progress }
  | { kind: "error"; message: string }
  | { kind: "cancelled" }
  | { kind: "done"; result: T };

export interface OperationContext {
  signal: AbortSignal;
  progress(done: number, total: number): void;
}

/** Runs one long task at a time with progress, cancel and a Vietnamese error shown to the officer. */
export function useOperation<T>() {
  const [state, setState] = useState<OperationState<T>>({ kind: "idle" });
  const controller = useRef<AbortController | undefined>(undefined);

  const run = useCallback(async (task: (context: OperationContext) => Promise<T>) => {
    controller.current?.abort();
    const current = new AbortController();
    controller.current = current;
    setState({ kind: "working" });
    try {
      const result = await task({
        signal: current.signal,
        progress: (done, total) => {
          if (!current.signal.aborted) setState({ kind: "working", progress: { done, total } });
        },
      });
      setState(current.signal.aborted ? { kind: "cancelled" } : { kind: "done", result });
    } catch (error) {
      if (current.signal.aborted) setState({ kind: "cancelled" });
      else setState({ kind: "error", message: error instanceof Error ? error.message : uiTexts.unknownError });
    }
  }, []);

  const cancel = useCallback(() => controller.current?.abort(), []);
  return { state, run, cancel };
}
