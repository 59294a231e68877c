import { useState } from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Switch,
} from "@fluentui/react-components";
import { defaultDocumentsSince } from "../../domain/documents/documentsWindow";
import { periodLabel } from "../../domain/language/parsePeriod";
import { formatDayMonthYear } from "../../domain/language/dayMonthYear";
import type { IsoDate, Period } from "../../domain/language/types";
import { HISTORY_SHEET, historyTexts } from "../../domain/texts/history";
import { uiTexts } from "../../domain/texts/ui";
import type {
  ConsolidateActions,
  ConsolidationOutcome,
  DownloadOutcome,
  ImportOutcome,
  RollUpOutcome,
  WorkbookWriteOutcome,
} from "../actions/types";
import { CopyableText } from "../common/CopyableText";
import { withOmissions } from "../common/describeOutcome";
import { FilePicker } from "../common/FilePicker";
import { OperationStatus } from "../common/OperationStatus";
import { useOperation, type OperationContext } from "../common/useOperation";
import { DateInput } from "../common/DateInput";
import { HistoryResult } from "./HistoryResult";
import { ImportResult } from "./ImportResult";
import { RegisterView } from "./RegisterView";
import { RollUpSection } from "./RollUpSection";
import { usePanelStyles } from "../common/usePanelStyles";

export interface ConsolidatePanelProps {
  period: Period;
  asOf: IsoDate;
  /** The chosen files, shared with Kiểm tra: chosen once, for both. */
  files: readonly File[];
  onFilesChange: (files: File[]) => void;
  onAsOfChange: (asOf: IsoDate) => void;
  /** Switches the pane's period, when most chosen files are forms of another one. */
  onPeriodChange?: (period: Period) => void;
  actions: ConsolidateActions;
}

type Delivery = WorkbookWriteOutcome | DownloadOutcome;

/** Where the units' forms come from: files chosen now, or sheets already in the open workbook. */
type Source = "files" | "sheets";

function describeDelivery(outcome: Delivery): string {
  if ("sheets" in outcome) return withOmissions(uiTexts.consolidate.sheetsWritten(outcome.sheets), outcome.omitted);
  return outcome.workingFileName === undefined
    ? uiTexts.consolidate.fileReady(outcome.fileName)
    : uiTexts.consolidate.summaryReady(outcome.fileName, outcome.workingFileName);
}

/** Tổng hợp: the units' files read and consolidated, the register and the report's sentences, the summary out. */
export function ConsolidatePanel({
  period,
  asOf,
  files,
  onFilesChange,
  onAsOfChange,
  onPeriodChange,
  actions,
}: ConsolidatePanelProps) {
  const styles = usePanelStyles();
  const texts = uiTexts.consolidate;
  const [source, setSource] = useState<Source>("files");
  const [onlyReportedTasks, setOnlyReportedTasks] = useState(false);
  const consolidation = useOperation<ConsolidationOutcome>();
  const delivery = useOperation<Delivery>();
  const importing = useOperation<ImportOutcome>();
  const rollingUp = useOperation<RollUpOutcome>();
  const busy = [consolidation, delivery, importing, rollingUp].some((operation) => operation.state.kind === "working");
  const run = consolidation.state.kind === "done" ? consolidation.state.result : undefined;
  // Most files are forms of another period: the run is no summary of this one; the pane offers the switch.
  const other = run?.otherPeriod;
  const { writeSummaryToWorkbook, consolidateSheets, importFiles, rollUpToWorkbook } = actions;
  const importChosen =
    importFiles &&
    ((chosen: File[]) =>
      importing.run(async (context) => {
        const outcome = await importFiles(chosen, context);
        // What came in is in the workbook now: the next run reads it from there.
        if (outcome.imported.length > 0) {
          onFilesChange([]);
          setSource("sheets");
        }
        return outcome;
      }));
  const fromSheets = source === "sheets" && consolidateSheets !== undefined;
  // What the last run read, for its "done" line, whatever the choice shows since.
  const [readFrom, setReadFrom] = useState<Source>("files");
  // "" leaves the window's first day to the consolidation's default.
  const [documentsSince, setDocumentsSince] = useState<IsoDate>("");
  const [carryForward, setCarryForward] = useState(true);
  const options = {
    period,
    asOf,
    ...(documentsSince ? { documentsSince } : {}),
    ...(actions.keepsHistory ? { carryForward } : {}),
  };
  const consolidateNow = (context: OperationContext) =>
    fromSheets ? consolidateSheets(options, context) : actions.consolidate([...files], options, context);
  const start = () => {
    setReadFrom(fromSheets ? "sheets" : "files");
    consolidation.run(consolidateNow);
  };
  // The officer's receipt times are kept first; the run again then follows them (the files are not read again).
  const correctReceipts = (corrected: string[], receivedAt: string) =>
    consolidation.run(async (context) => {
      await actions.saveReceipts(Object.fromEntries(corrected.map((file) => [file, receivedAt])));
      return consolidateNow(context);
    });
  return (
    <section className={styles.panel} aria-labelledby="consolidate-title">
      <Body1 id="consolidate-title">{texts.intro(periodLabel(period))}</Body1>
      {consolidateSheets && (
        <Field label={texts.sourceLabel}>
          <RadioGroup value={source} disabled={busy} onChange={(_, data) => setSource(data.value as Source)}>
            <Radio value="files" label={texts.sourceFiles} />
            <Radio value="sheets" label={texts.sourceSheets} />
          </RadioGroup>
        </Field>
      )}
      {fromSheets ? (
        <Caption1>{texts.sheetsHint}</Caption1>
      ) : (
        <FilePicker files={files} onChange={onFilesChange} disabled={busy} />
      )}
      {importChosen && !fromSheets && (
        <div className={styles.actions}>
          <Button disabled={busy || files.length === 0} onClick={() => importChosen([...files])}>
            {uiTexts.importing.run}
          </Button>
          <Caption1>{uiTexts.importing.hint}</Caption1>
        </div>
      )}
      <OperationStatus
        state={importing.state}
        onCancel={importing.cancel}
        describeResult={(result) => uiTexts.importing.done(result.imported.length)}
      />
      {importing.state.kind === "done" && <ImportResult outcome={importing.state.result} />}
      <DateInput
        label={texts.asOfLabel}
        hint={texts.asOfHint}
        value={asOf}
        disabled={busy}
        onChange={(day) => {
          if (day) onAsOfChange(day);
        }}
      />
      <DateInput
        label={texts.documentsSinceLabel}
        hint={texts.documentsSinceHint(formatDayMonthYear(defaultDocumentsSince(period)))}
        value={documentsSince}
        optional
        disabled={busy}
        onChange={setDocumentsSince}
      />
      {actions.keepsHistory && (
        <Field hint={historyTexts.carryForwardHint(HISTORY_SHEET)}>
          <Switch
            label={historyTexts.carryForwardSwitch}
            checked={carryForward}
            disabled={busy}
            onChange={(_, data) => setCarryForward(data.checked)}
          />
        </Field>
      )}
      <Button appearance="primary" disabled={busy || (!fromSheets && files.length === 0)} onClick={start}>
        {texts.run}
      </Button>
      {!fromSheets && files.length === 0 && <Caption1>{texts.needFiles}</Caption1>}
      <OperationStatus
        state={consolidation.state}
        onCancel={consolidation.cancel}
        describeResult={(result) =>
          readFrom === "sheets" ? texts.doneSheets(result.files.length) : texts.done(result.files.length)
        }
        resultIntent={(result) =>
          result.otherPeriod || result.files.some((file) => file.status === "rejected") ? "warning" : "success"
        }
      />
      {run?.history && <HistoryResult outcome={run.history} />}
      {other && run?.consolidation.period.code === period.code && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{texts.otherPeriod(other.count, other.total, periodLabel(other.period))}</MessageBarBody>
          {onPeriodChange && (
            <MessageBarActions>
              <Button onClick={() => onPeriodChange(other.period)}>
                {texts.switchPeriod(periodLabel(other.period))}
              </Button>
            </MessageBarActions>
          )}
        </MessageBar>
      )}
      {run && !run.otherPeriod && (
        <>
          <RegisterView
            register={run.consolidation.register}
            notices={run.consolidation.receiptNotices}
            onCorrect={correctReceipts}
            disabled={busy}
          />
          {run.consolidation.reportSections.map((section) => (
            <CopyableText
              key={section.id}
              title={section.heading}
              paragraphs={section.sentences}
              testId={`report-${section.id}`}
            />
          ))}
          <section className={styles.actions} aria-labelledby="deliver-title">
            <Subtitle2 as="h3" id="deliver-title">
              {texts.deliverTitle}
            </Subtitle2>
            <Checkbox
              label={texts.onlyReportedTasks}
              checked={onlyReportedTasks}
              disabled={busy}
              onChange={(_, data) => setOnlyReportedTasks(data.checked === true)}
            />
            {writeSummaryToWorkbook && (
              <>
                <Button
                  appearance="primary"
                  disabled={busy}
                  onClick={() => delivery.run((context) => writeSummaryToWorkbook(run, context, { onlyReportedTasks }))}
                >
                  {texts.writeToWorkbook}
                </Button>
                <Caption1>{texts.replaceNote}</Caption1>
              </>
            )}
            <Button
              appearance={writeSummaryToWorkbook ? "secondary" : "primary"}
              disabled={busy}
              onClick={() => delivery.run((context) => actions.downloadSummary(run, context, { onlyReportedTasks }))}
            >
              {texts.download}
            </Button>
            <OperationStatus state={delivery.state} onCancel={delivery.cancel} describeResult={describeDelivery} />
          </section>
        </>
      )}
      {rollUpToWorkbook && (
        <RollUpSection
          period={period}
          asOf={asOf}
          {...(run?.history?.kind === "recorded" ? { recorded: run.consolidation.period } : {})}
          rollUp={rollUpToWorkbook}
          latestRecordedMonth={actions.latestRecordedMonth}
          operation={rollingUp}
          busy={busy}
        />
      )}
    </section>
  );
}
