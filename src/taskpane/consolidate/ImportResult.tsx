import { Caption1 } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import type { ImportOutcome } from "../actions/types";
import { usePanelStyles } from "../common/usePanelStyles";

/** Which units' forms came into the workbook under which sheets, and which files did not, with why. */
export function ImportResult({ outcome }: { outcome: ImportOutcome }) {
  const styles = usePanelStyles();
  const texts = uiTexts.importing;
  return (
    <div data-testid="import-result">
      {outcome.imported.length > 0 && (
        <>
          <Caption1 block>{texts.importedList}</Caption1>
          <ul className={styles.list}>
            {outcome.imported.map((item) => (
              <li key={item.sheets.join()}>
                <Caption1>{texts.importedItem(item.unit, item.sheets)}</Caption1>
              </li>
            ))}
          </ul>
          <Caption1 block>{texts.nextStep}</Caption1>
        </>
      )}
      {outcome.refused.length > 0 && (
        <>
          <Caption1 block>{texts.refusedList}</Caption1>
          <ul className={styles.list}>
            {outcome.refused.map((refusal, i) => (
              <li key={`${refusal.file}-${i}`}>
                <Caption1>{refusal.message}</Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
