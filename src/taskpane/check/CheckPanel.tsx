import { useState } from "react";
import { Body1, Button, Caption1, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { periodLabel } from "../../domain/language/parsePeriod";
import type { IsoDate, Period } from "../../domain/language/types";
import type { Finding } from "../../domain/validation/types";
import { uiTexts } from "../../domain/texts/ui";
import type { CheckActions, CheckOutcome } from "../actions/types";
import { FilePicker } from "../common/FilePicker";
import { OperationStatus } from "../common/OperationStatus";
import { useOperation } from "../common/useOperation";
import { FindingList, type WorkbookCell } from "./FindingList";
import { usePanelStyles } from "../common/usePanelStyles";

export interface CheckPanelProps {
  period: Period;
  asOf: IsoDate;
  /** The chosen files, shared with Tổng hợp: chosen once, for both. */
  files: readonly File[];
  onFilesChange: (files: File[]) => void;
  actions: CheckActions;
}

/** Kiểm tra: a unit's form — the open workbook or chosen files — checked before consolidation. */
export function CheckPanel({ period, asOf, files, onFilesChange, actions }: CheckPanelProps) {
  const styles = usePanelStyles();
  const texts = uiTexts.check;
  const [selectError, setSelectError] = useState<string | undefined>(undefined);
  const { state, run, cancel } = useOperation<CheckOutcome>();
  const busy = state.kind === "working";
  const { checkActiveWorkbook, selectCell, importedSheet } = actions;
  const outcome = state.kind === "done" ? state.result : undefined;
  const onSelectCell = selectCell
    ? ({ sheet, cell }: WorkbookCell) => {
        setSelectError(undefined);
        selectCell(sheet, cell).catch((error: Error) => setSelectError(error.message));
      }
    : undefined;
  // A chosen file's finding points into the workbook only once the file was imported there.
  const placeInWorkbook = ({ file, sheet, cell }: Finding): WorkbookCell | undefined => {
    const inWorkbook = outcome?.source === "workbook" ? sheet : sheet && importedSheet?.(file, sheet);
    return inWorkbook && cell ? { sheet: inWorkbook, cell } : undefined;
  };
  const options = { period, asOf };
  return (
    <section className={styles.panel} aria-labelledby="check-title">
      <Body1 id="check-title">{texts.intro(periodLabel(period))}</Body1>
      {checkActiveWorkbook && (
        <Button appearance="primary" disabled={busy} onClick={() => run((c) => checkActiveWorkbook(options, c))}>
          {texts.checkWorkbook}
        </Button>
      )}
      <FilePicker files={files} onChange={onFilesChange} disabled={busy} />
      <div className={styles.actions}>
        <Button
          appearance={checkActiveWorkbook ? "secondary" : "primary"}
          disabled={busy || files.length === 0}
          onClick={() => run((c) => actions.checkFiles([...files], options, c))}
        >
          {texts.checkFiles}
        </Button>
        {files.length === 0 && <Caption1>{texts.needFiles}</Caption1>}
      </div>
      <OperationStatus
        state={state}
        onCancel={cancel}
        resultIntent={(result) => (result.files.some((file) => file.status === "rejected") ? "warning" : "success")}
        describeResult={(result) =>
          (result.source === "workbook" ? texts.doneWorkbook : texts.done)(result.files.length, result.findings.length)
        }
      />
      {selectError && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{selectError}</MessageBarBody>
        </MessageBar>
      )}
      {outcome && (
        <FindingList
          findings={outcome.findings}
          unitNames={outcome.unitNames}
          placeInWorkbook={placeInWorkbook}
          onSelectCell={onSelectCell}
        />
      )}
    </section>
  );
}
