import { Button, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar, Field } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import type { OperationState } from "./useOperation";

export interface OperationStatusProps<T> {
  state: OperationState<T>;
  onCancel?: () => void;
  describeResult: (result: T) => string;
  /** Green only for an outcome without a problem left (every file read); amber otherwise. */
  resultIntent?: (result: T) => "success" | "warning";
}

/** Progress with a count and a cancel button while working; the outcome, in Vietnamese, after. */
export function OperationStatus<T>({ state, onCancel, describeResult, resultIntent }: OperationStatusProps<T>) {
  if (state.kind === "idle") return null;
  if (state.kind === "working") {
    const { progress } = state;
    return (
      <Field
        validationState="none"
        validationMessage={progress ? uiTexts.progressCount(progress.done, progress.total) : uiTexts.working}
      >
        <ProgressBar value={progress && progress.total > 0 ? progress.done / progress.total : undefined} />
        {onCancel && (
          <Button appearance="secondary" onClick={onCancel}>
            {uiTexts.cancel}
          </Button>
        )}
      </Field>
    );
  }
  if (state.kind === "cancelled") {
    return (
      <MessageBar intent="warning">
        <MessageBarBody>{uiTexts.cancelled}</MessageBarBody>
      </MessageBar>
    );
  }
  if (state.kind === "error") {
    return (
      <MessageBar intent="error" role="alert">
        <MessageBarBody>
          <MessageBarTitle>{uiTexts.failed}</MessageBarTitle>
          {state.message}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const intent = resultIntent?.(state.result) ?? "success";
  return (
    <MessageBar intent={intent} data-intent={intent} role="status">
      <MessageBarBody>{describeResult(state.result)}</MessageBarBody>
    </MessageBar>
  );
}
