import { Button, Body1, Caption1 } from "@fluentui/react-components";
import { periodLabel } from "../../domain/language/parsePeriod";
import type { Period } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts/ui";
import { withOmissions } from "../common/describeOutcome";
import { OperationStatus } from "../common/OperationStatus";
import { useOperation } from "../common/useOperation";
import type { DownloadOutcome, TemplateActions, WorkbookWriteOutcome } from "../actions/types";
import { usePanelStyles } from "../common/usePanelStyles";

export interface TemplatesPanelProps {
  period: Period;
  actions: TemplateActions;
}

type Outcome = WorkbookWriteOutcome | DownloadOutcome;

function describe(outcome: Outcome): string {
  if ("sheets" in outcome) return withOmissions(uiTexts.templates.sheetsWritten(outcome.sheets), outcome.omitted);
  return uiTexts.templates.fileReady(outcome.fileName, outcome.count);
}

/** Biểu mẫu: the plan's appendices and the units' forms, into the workbook or as files. */
export function TemplatesPanel({ period, actions }: TemplatesPanelProps) {
  const styles = usePanelStyles();
  const { state, run, cancel } = useOperation<Outcome>();
  const busy = state.kind === "working";
  const { writePlanToWorkbook, writeBlankFormToWorkbook } = actions;
  return (
    <section className={styles.panel} aria-labelledby="templates-title">
      <Body1 id="templates-title">{uiTexts.templates.intro(periodLabel(period))}</Body1>
      <div className={styles.actions}>
        {writePlanToWorkbook && (
          <Button appearance="primary" disabled={busy} onClick={() => run((c) => writePlanToWorkbook(c))}>
            {uiTexts.templates.writePlan}
          </Button>
        )}
        {writeBlankFormToWorkbook && (
          <Button disabled={busy} onClick={() => run((c) => writeBlankFormToWorkbook(period, c))}>
            {uiTexts.templates.writeBlankForm}
          </Button>
        )}
        <Button
          appearance={writePlanToWorkbook ? "secondary" : "primary"}
          disabled={busy}
          onClick={() => run((c) => actions.downloadAllForms(period, c))}
        >
          {uiTexts.templates.downloadForms}
        </Button>
        <Button disabled={busy} onClick={() => run((c) => actions.downloadPlan(c))}>
          {uiTexts.templates.downloadPlan}
        </Button>
      </div>
      {!writePlanToWorkbook && <Caption1>{uiTexts.templates.browserOnlyFiles}</Caption1>}
      <OperationStatus state={state} onCancel={cancel} describeResult={describe} />
    </section>
  );
}
