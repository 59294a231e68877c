import { FluentProvider, webLightTheme, Title3, Body1, Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { HostMode } from "../hostMode";
import { uiTexts } from "../../domain/texts";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
});

export interface AppProps {
  host: HostMode;
}

export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root} aria-label={uiTexts.appName}>
        <Title3 as="h1">{uiTexts.appName}</Title3>
        <Body1>{uiTexts.appTagline}</Body1>
        <Badge appearance="tint" color={host.kind === "excel" ? "success" : "informative"} data-testid="host-mode">
          {host.kind === "excel" ? uiTexts.hostExcel : uiTexts.hostBrowser}
        </Badge>
      </main>
    </FluentProvider>
  );
}
