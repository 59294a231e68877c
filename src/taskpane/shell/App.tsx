import { useMemo, useState } from "react";
import {
  FluentProvider,
  webLightTheme,
  Title3,
  Body1,
  Badge,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { defaultPeriodCode, periodChoices } from "../../domain/language/periodChoices";
import { uiTexts } from "../../domain/texts";
import type { HostMode } from "../hostMode";
import type { TemplateActions } from "../actions/types";
import { TemplatesPanel } from "../templates/TemplatesPanel";
import { PeriodPicker } from "./PeriodPicker";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
});

export interface AppActions {
  templates: TemplateActions;
}

export interface AppProps {
  host: HostMode;
  /** The plan year the catalog describes. */
  year: number;
  today: string;
  actions: AppActions;
}

type PanelId = "templates";

export function App({ host, year, today, actions }: AppProps) {
  const styles = useStyles();
  const choices = useMemo(() => periodChoices(year), [year]);
  const [period, setPeriod] = useState(
    () => choices.find((p) => p.code === defaultPeriodCode(today, year)) ?? choices[0],
  );
  const [panel, setPanel] = useState<PanelId>("templates");
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{uiTexts.appName}</Title3>
          <Body1>{uiTexts.appTagline}</Body1>
          <Badge appearance="tint" color={host.kind === "excel" ? "success" : "informative"} data-testid="host-mode">
            {host.kind === "excel" ? uiTexts.hostExcel : uiTexts.hostBrowser}
          </Badge>
        </header>
        <PeriodPicker choices={choices} value={period} onChange={setPeriod} />
        <TabList selectedValue={panel} onTabSelect={(_, data) => setPanel(data.value as PanelId)}>
          <Tab value="templates">{uiTexts.tabs.templates}</Tab>
        </TabList>
        {panel === "templates" && <TemplatesPanel period={period} actions={actions.templates} />}
      </main>
    </FluentProvider>
  );
}
