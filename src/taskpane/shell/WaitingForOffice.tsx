import { FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";

/** Shown while a slow Excel starts: inside Office the pane waits for it rather than lose the workbook. */
export function WaitingForOffice() {
  return (
    <FluentProvider theme={webLightTheme}>
      <Spinner style={{ padding: 24 }} label={uiTexts.waitingForOffice} data-testid="waiting-for-office" />
    </FluentProvider>
  );
}
