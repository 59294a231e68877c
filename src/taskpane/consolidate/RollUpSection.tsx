import { useEffect, useState } from "react";
import { Button, Caption1, Subtitle2 } from "@fluentui/react-components";
import { latestMonth, rollUpChoices, rollUpOf } from "../../domain/history/rollUpChoice";
import { periodLabel } from "../../domain/language/parsePeriod";
import type { IsoDate, Period } from "../../domain/language/types";
import { HISTORY_SHEET, historyTexts } from "../../domain/texts/history";
import { uiTexts } from "../../domain/texts/ui";
import type { ConsolidateActions, RollUpOutcome } from "../actions/types";
import { CopyableText } from "../common/CopyableText";
import { DateInput } from "../common/DateInput";
import { withOmissions } from "../common/describeOutcome";
import { OperationStatus } from "../common/OperationStatus";
import type { useOperation } from "../common/useOperation";
import { usePanelStyles } from "../common/usePanelStyles";
import { PeriodPicker } from "../shell/PeriodPicker";

export interface RollUpSectionProps {
  /** The pane's period: its year gives the choices; its quarter is offered until a recorded month is known. */
  period: Period;
  asOf: IsoDate;
  /** The month this panel's last run recorded in "Dữ liệu các kỳ". */
  recorded?: Period;
  rollUp: NonNullable<ConsolidateActions["rollUpToWorkbook"]>;
  latestRecordedMonth?: ConsolidateActions["latestRecordedMonth"];
  /** Owned by the panel, which keeps its other runs waiting while this one works. */
  operation: ReturnType<typeof useOperation<RollUpOutcome>>;
  busy: boolean;
}

const texts = historyTexts.rollUpPane;

function describe(outcome: RollUpOutcome): string {
  if (outcome.kind === "refused") return outcome.message;
  const { consolidation, files } = outcome.run;
  const done = texts.done(periodLabel(consolidation.period), files.length, outcome.written.sheets);
  const span = outcome.missingMonths.length > 0 ? consolidation.rolledUpFrom?.sentence : undefined;
  return withOmissions(span === undefined ? done : `${done} ${span}`, outcome.written.omitted);
}

/** Báo cáo quý, 6 tháng, năm: made from the months the workbook's "Dữ liệu các kỳ" holds, with no form read. */
export function RollUpSection({
  period,
  asOf: paneAsOf,
  recorded,
  rollUp,
  latestRecordedMonth,
  operation,
  busy,
}: RollUpSectionProps) {
  const styles = usePanelStyles();
  const [latest, setLatest] = useState<Period | undefined>(undefined);
  useEffect(() => {
    let current = true;
    latestRecordedMonth?.().then(
      (month) => current && setLatest(month),
      // Unread, nothing is proposed: asking for the report then says what is wrong with the sheet.
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [latestRecordedMonth]);
  const choices = rollUpChoices(period.year);
  const known = latestMonth([latest, recorded].flatMap((month) => (month ? [month.code] : [])));
  const proposed = rollUpOf(known?.year === period.year ? known : period);
  // The officer's own choice stands; until then the proposal follows what is recorded.
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const target = choices.find((choice) => choice.code === (chosen ?? proposed.code)) ?? choices[0];
  const [asOf, setAsOf] = useState<IsoDate>(paneAsOf);
  const outcome = operation.state.kind === "done" ? operation.state.result : undefined;
  return (
    <section className={styles.actions} aria-labelledby="rollup-title">
      <Subtitle2 as="h3" id="rollup-title">
        {texts.title}
      </Subtitle2>
      <Caption1>{texts.intro(HISTORY_SHEET)}</Caption1>
      <PeriodPicker
        choices={choices}
        value={target}
        onChange={(choice) => setChosen(choice.code)}
        label={texts.periodLabel}
        hint={texts.periodHint}
        disabled={busy}
      />
      <DateInput label={texts.asOfLabel} hint={texts.asOfHint} value={asOf} disabled={busy} onChange={setAsOf} />
      <Button appearance="primary" disabled={busy} onClick={() => operation.run((c) => rollUp(target, asOf, c))}>
        {texts.run}
      </Button>
      <Caption1>{uiTexts.consolidate.replaceNote}</Caption1>
      <OperationStatus
        state={operation.state}
        onCancel={operation.cancel}
        describeResult={describe}
        resultIntent={(result) =>
          result.kind === "written" && result.missingMonths.length === 0 ? "success" : "warning"
        }
      />
      {outcome?.kind === "refused" && outcome.issues.length > 0 && (
        <ul className={styles.list} data-testid="rollup-issues">
          {outcome.issues.map((issue, i) => (
            <li key={i}>{issue}</li>
          ))}
        </ul>
      )}
      {outcome?.kind === "written" &&
        outcome.run.consolidation.reportSections.map((section) => (
          <CopyableText
            key={section.id}
            title={section.heading}
            paragraphs={section.sentences}
            testId={`rollup-${section.id}`}
          />
        ))}
    </section>
  );
}
