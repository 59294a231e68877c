import { Body1, Button, MessageBar, MessageBarBody, makeStyles, tokens } from "@fluentui/react-components";
import type { Period } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts/ui";
import type { PrintActions, PrintOutcome } from "../actions/types";
import { OperationStatus } from "../common/OperationStatus";
import { useOperation } from "../common/useOperation";
import type { HostMode } from "../hostMode";
import { usePanelStyles } from "../common/usePanelStyles";

const useStyles = makeStyles({
  steps: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: "4px" },
});

export interface PrintPanelProps {
  host: HostMode;
  period: Period;
  actions: PrintActions;
}

function describe({ applied, absent }: PrintOutcome): string {
  const texts = uiTexts.print;
  if (applied.length === 0) return texts.noSummary;
  return absent.length > 0 ? `${texts.applied(applied)} ${texts.absent(absent)}` : texts.applied(applied);
}

/** The manual steps, for an Excel that cannot set page layout from an add-in. */
function ManualSteps() {
  const styles = useStyles();
  return (
    <>
      <MessageBar intent="warning">
        <MessageBarBody>{uiTexts.print.unsupported}</MessageBarBody>
      </MessageBar>
      <ol className={styles.steps} aria-label={uiTexts.print.unsupported}>
        {uiTexts.print.manualSteps.map((step) => (
          <li key={step}>
            <Body1>{step}</Body1>
          </li>
        ))}
      </ol>
    </>
  );
}

/** In ấn: the decree's page setup on the appendices, by the add-in where Excel allows it, by hand where not; and what prints. */
export function PrintPanel({ host, period, actions }: PrintPanelProps) {
  const styles = usePanelStyles();
  const { state, run, cancel } = useOperation<PrintOutcome>();
  const { applyPrintSetup } = actions;
  if (host.kind === "browser") {
    return (
      <section className={styles.panel}>
        <Body1>{uiTexts.print.intro}</Body1>
        <MessageBar intent="info">
          <MessageBarBody>{uiTexts.print.browser}</MessageBarBody>
        </MessageBar>
      </section>
    );
  }
  return (
    <section className={styles.panel}>
      <Body1>{uiTexts.print.intro}</Body1>
      <Body1>{uiTexts.print.printWhat}</Body1>
      {applyPrintSetup ? (
        <Button
          appearance="primary"
          disabled={state.kind === "working"}
          onClick={() => run((context) => applyPrintSetup(period, context))}
        >
          {uiTexts.print.apply}
        </Button>
      ) : (
        <ManualSteps />
      )}
      <OperationStatus state={state} onCancel={cancel} describeResult={describe} />
    </section>
  );
}
