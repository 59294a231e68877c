import { MessageBar, MessageBarBody } from "@fluentui/react-components";
import type { HistoryOutcome } from "../actions/types";
import { usePanelStyles } from "../common/usePanelStyles";

/** What became of the workbook's "Dữ liệu các kỳ": recorded, or why it was not used or not written. */
export function HistoryResult({ outcome }: { outcome: HistoryOutcome }) {
  const styles = usePanelStyles();
  const intent = outcome.kind === "recorded" ? "success" : "warning";
  return (
    <MessageBar intent={intent} data-intent={intent} layout="multiline" data-testid="history-result">
      <MessageBarBody>
        {outcome.message}
        {outcome.kind === "notRead" && (
          <ul className={styles.list}>
            {outcome.issues.map((issue, i) => (
              <li key={i}>{issue}</li>
            ))}
          </ul>
        )}
      </MessageBarBody>
    </MessageBar>
  );
}
