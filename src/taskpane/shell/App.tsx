import { useMemo, useState, type ReactNode } from "react";
import {
  FluentProvider,
  webLightTheme,
  Title3,
  Body1,
  Badge,
  Caption1,
  Tab,
  TabList,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Catalog } from "../../domain/catalog/types";
import { defaultPeriodCode, periodChoices } from "../../domain/language/periodChoices";
import type { IsoDate, Period } from "../../domain/language/types";
import { uiTexts } from "../../domain/texts/ui";
import type { HostMode } from "../hostMode";
import type { HostSupport } from "../hostSupport";
import type { CatalogActions, CheckActions, ConsolidateActions, PrintActions, TemplateActions } from "../actions/types";
import { CatalogPanel } from "../catalog/CatalogPanel";
import { describeCatalogInUse, type CatalogInUse } from "../catalog/catalogInUse";
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
  /** The plan shipped with the add-in; inside Excel the officer may switch to the catalog typed in the workbook. */
  builtInCatalog: Catalog;
  today: IsoDate;
  /** The panels' actions for a catalog; called again whenever the catalog in use changes. */
  createActions: (catalog: Catalog) => AppActions;
  /** The Danh mục panel's actions; absent outside Excel. */
  catalogActions?: CatalogActions;
}

type PanelId = "templates" | "catalog" | "check" | "consolidate" | "print";

const PANELS: PanelId[] = ["templates", "catalog", "check", "consolidate", "print"];

function defaultPeriod(today: IsoDate, year: number): Period {
  const choices = periodChoices(year);
  return choices.find((p) => p.code === defaultPeriodCode(today, year)) ?? choices[0];
}

export function App({ host, support, builtInCatalog, today, createActions, catalogActions }: AppProps) {
  const styles = useStyles();
  const [inUse, setInUse] = useState<CatalogInUse>({ catalog: builtInCatalog, source: "builtIn" });
  // Bumped with each catalog switch: the other panels start afresh, so no result of the old catalog lingers.
  const [generation, setGeneration] = useState(0);
  const actions = useMemo(() => createActions(inUse.catalog), [createActions, inUse]);
  const year = inUse.catalog.year;
  const choices = useMemo(() => periodChoices(year), [year]);
  const [period, setPeriod] = useState(() => defaultPeriod(today, year));
  const [asOf, setAsOf] = useState<IsoDate>(today);
  const [panel, setPanel] = useState<PanelId>("templates");
  // One choice of files for Kiểm tra and Tổng hợp: what the officer checked is what gets consolidated.
  const [files, setFiles] = useState<File[]>([]);
  const switchCatalog = (next: CatalogInUse) => {
    setInUse(next);
    setGeneration((n) => n + 1);
    if (next.catalog.year !== year) setPeriod(defaultPeriod(today, next.catalog.year));
  };
  const panels = PANELS.filter((id) => id !== "catalog" || catalogActions);
  // Every panel stays mounted: chosen files and results survive a look at another tab.
  const content: Record<PanelId, ReactNode> = {
    templates: <TemplatesPanel key={generation} period={period} actions={actions.templates} />,
    catalog: catalogActions && (
      <CatalogPanel
        inUse={inUse}
        builtInYear={builtInCatalog.year}
        actions={catalogActions}
        onUse={(catalog) => switchCatalog({ catalog, source: "workbook" })}
        onBackToBuiltIn={() => switchCatalog({ catalog: builtInCatalog, source: "builtIn" })}
      />
    ),
    check: (
      <CheckPanel
        key={generation}
        period={period}
        asOf={asOf}
        files={files}
        onFilesChange={setFiles}
        actions={actions.check}
      />
    ),
    consolidate: (
      <ConsolidatePanel
        key={generation}
        period={period}
        asOf={asOf}
        files={files}
        onFilesChange={setFiles}
        onAsOfChange={setAsOf}
        onPeriodChange={setPeriod}
        actions={actions.consolidate}
      />
    ),
    print: <PrintPanel key={generation} host={host} period={period} actions={actions.print} />,
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
          {inUse.source === "workbook" && (
            <Caption1 data-testid="catalog-notice">{describeCatalogInUse(inUse)}</Caption1>
          )}
          {support && <HostSupportNotice support={support} />}
        </header>
        <PeriodPicker choices={choices} value={period} onChange={setPeriod} />
        {/* Small tabs: the browser's four fit on one line in a pane 340 px wide; in Excel, Danh mục makes five. */}
        <TabList
          className={styles.tabs}
          size="small"
          selectedValue={panel}
          onTabSelect={(_, data) => setPanel(data.value as PanelId)}
        >
          {panels.map((id) => (
            <Tab key={id} value={id} id={`tab-${id}`} aria-controls={`panel-${id}`}>
              {uiTexts.tabs[id]}
            </Tab>
          ))}
        </TabList>
        {panels.map((id) => (
          <div key={id} id={`panel-${id}`} role="tabpanel" aria-labelledby={`tab-${id}`} hidden={panel !== id}>
            {content[id]}
          </div>
        ))}
      </main>
    </FluentProvider>
  );
}
