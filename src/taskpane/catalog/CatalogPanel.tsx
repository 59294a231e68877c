import {
  Body1,
  Button,
  Caption1,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Catalog } from "../../domain/catalog/types";
import type { ParseIssue } from "../../domain/result";
import { uiTexts } from "../../domain/texts/ui";
import type { CatalogActions, WorkbookWriteOutcome } from "../actions/types";
import { withOmissions } from "../common/describeOutcome";
import { OperationStatus } from "../common/OperationStatus";
import { useOperation } from "../common/useOperation";
import { describeCatalogInUse, type CatalogInUse } from "./catalogInUse";
import { usePanelStyles } from "../common/usePanelStyles";

const useStyles = makeStyles({
  issues: { margin: 0, paddingLeft: tokens.spacingHorizontalL, maxHeight: "24rem", overflowY: "auto" },
});

export interface CatalogPanelProps {
  inUse: CatalogInUse;
  builtInYear: number;
  actions: CatalogActions;
  /** The officer's catalog passed every check: every panel uses it from now on. */
  onUse: (catalog: Catalog) => void;
  onBackToBuiltIn: () => void;
}

type Outcome =
  { kind: "written"; outcome: WorkbookWriteOutcome } | { kind: "used" } | { kind: "refused"; issues: ParseIssue[] };

function describe(outcome: Outcome): string {
  if (outcome.kind === "written") {
    return withOmissions(uiTexts.catalog.sheetsWritten(outcome.outcome.sheets), outcome.outcome.omitted);
  }
  return uiTexts.catalog.used;
}

function IssueList({ issues }: { issues: ParseIssue[] }) {
  const styles = useStyles();
  return (
    <MessageBar intent="error" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{uiTexts.catalog.issuesTitle(issues.length)}</MessageBarTitle>
        <div>{uiTexts.catalog.issuesHint}</div>
        <ul className={styles.issues}>
          {issues.map((issue, index) => (
            <li key={index}>{issue.message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}

/** Danh mục: the catalog as editable sheets in the workbook, and the switch to the edited one. */
export function CatalogPanel({ inUse, builtInYear, actions, onUse, onBackToBuiltIn }: CatalogPanelProps) {
  const styles = usePanelStyles();
  const { state, run, cancel } = useOperation<Outcome>();
  const busy = state.kind === "working";
  const { readCatalogFromWorkbook } = actions;
  return (
    <section className={styles.panel} aria-labelledby="catalog-title">
      <Body1 id="catalog-title">{uiTexts.catalog.intro}</Body1>
      <Body1 data-testid="catalog-in-use">
        <strong>{describeCatalogInUse(inUse)}</strong>
      </Body1>
      <div className={styles.actions}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() =>
            run(async (c) => ({ kind: "written", outcome: await actions.writeCatalogToWorkbook(inUse.catalog, c) }))
          }
        >
          {uiTexts.catalog.write}
        </Button>
        {readCatalogFromWorkbook && (
          <Button
            disabled={busy}
            onClick={() =>
              run(async (c): Promise<Outcome> => {
                const result = await readCatalogFromWorkbook(c);
                if (!result.ok) return { kind: "refused", issues: result.issues };
                if (!c.signal.aborted) onUse(result.value);
                return { kind: "used" };
              })
            }
          >
            {uiTexts.catalog.use}
          </Button>
        )}
        {inUse.source === "workbook" && (
          <Button disabled={busy} onClick={onBackToBuiltIn}>
            {uiTexts.catalog.backToBuiltIn(builtInYear)}
          </Button>
        )}
      </div>
      <Caption1>{uiTexts.catalog.writeNote}</Caption1>
      {!readCatalogFromWorkbook && <Caption1>{uiTexts.catalog.needsNewerExcel}</Caption1>}
      {state.kind === "done" && state.result.kind === "refused" ? (
        <IssueList issues={state.result.issues} />
      ) : (
        <OperationStatus state={state} onCancel={cancel} describeResult={describe} />
      )}
    </section>
  );
}
