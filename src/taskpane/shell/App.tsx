import { useMemo, useState, type ReactNode } from "react";
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
import type { IsoDate } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts";
import type { HostMode } from "../hostMode";
import type { HostSupport } from "../hostSupport";
import type { CheckActions, ConsolidateActions, PrintActions, TemplateActions } from "../actions/types";
import { CheckPanel } from "../check/CheckPanel";
import { ConsolidatePanel } from "../consolidate/ConsolidatePanel";
import { PrintPanel } from "../print/PrintPanel";
import { TemplatesPanel } from "../templates/TemplatesPanel";
import { HostSupportNotice } from "./HostSupportNotice";
import { PeriodPicker } from "./PeriodPicker";

const useStyles = makeStyles({
  root: { padding: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, alignItems: "flex-start" },
  tabs: { flexWrap: "wrap" },
});

export interface AppActions {
  templates: TemplateActions;
  check: CheckActions;
  consolidate: ConsolidateActions;
  print: PrintActions;
}

export interface AppProps {
  host: HostMode;
  /** What this Excel can do; absent outside Excel. */
  support?: HostSupport;
  /** The plan year the catalog describes. */
  year: number;
  today: IsoDate;
  actions: AppActions;
}

type PanelId = "templates" | "check" | "consolidate" | "print";

const PANELS: PanelId[] = ["templates", "check", "consolidate", "print"];

export function App({ host, support, year, today, actions }: AppProps) {
  const styles = useStyles();
  const choices = useMemo(() => periodChoices(year), [year]);
  const [period, setPeriod] = useState(
    () => choices.find((p) => p.code === defaultPeriodCode(today, year)) ?? choices[0],
  );
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [panel, setPanel] = useState<PanelId>("templates");
  // Every panel stays mounted: chosen files and results survive a look at another tab.
  const content: Record<PanelId, ReactNode> = {
    templates: <TemplatesPanel period={period} actions={actions.templates} />,
    check: <CheckPanel period={period} asOf={asOf} actions={actions.check} />,
    consolidate: <ConsolidatePanel period={period} asOf={asOf} onAsOfChange={setAsOf} actions={actions.consolidate} />,
    print: <PrintPanel host={host} period={period} actions={actions.print} />,
  };
  return (
    <FluentProvider theme={webLightTheme}>
      <main className={styles.root}>
        <header className={styles.header}>
          <Title3 as="h1">{uiTexts.appName}</Title3>
          <Body1>{uiTexts.appTagline}</Body1>
          <Badge appearance="tint" color={host.kind === "excel" ? "success" : "informative"} data-testid="host-mode">
            {host.kind === "excel" ? uiTexts.hostExcel : uiTexts.hostBrowser}
          </Badge>
          {support && <HostSupportNotice support={support} />}
        </header>
        <PeriodPicker choices={choices} value={period} onChange={setPeriod} />
        <TabList
          className={styles.tabs}
          selectedValue={panel}
          onTabSelect={(_, data) => setPanel(data.value as PanelId)}
        >
          {PANELS.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {uiTexts.tabs[id]}
            </Tab>
          ))}
        </TabList>
        {PANELS.map((id) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={panel !== id}>
            {content[id]}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
