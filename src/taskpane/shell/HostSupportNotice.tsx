import { Caption1, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { uiTexts } from "../../domain/texts/ui";
import { lackingFeatures, type HostSupport } from "../hostSupport";
import { usePanelStyles } from "../common/usePanelStyles";

/** The ExcelApi version found and, in plain words, what this Excel cannot do. */
export function HostSupportNotice({ support }: { support: HostSupport }) {
  const styles = usePanelStyles();
  const lacking = lackingFeatures(support);
  const version = uiTexts.hostApi(support.capabilities.excelApi);
  if (lacking.length === 0) {
    return (
      <Caption1 data-testid="host-support">
        {version} {uiTexts.host.allSupported}
      </Caption1>
    );
  }
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="host-support">
      <MessageBarBody>
        <MessageBarTitle>{version}</MessageBarTitle>
        {uiTexts.host.lacking}
        <ul className={styles.list}>
          {lacking.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
