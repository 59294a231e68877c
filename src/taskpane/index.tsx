import { createRoot } from "react-dom/client";
import { provinceDate } from "../domain/language/provinceDate";
import { catalog2026 } from "../domain/catalog/catalog2026";
import type { Catalog } from "../domain/catalog/types";
import type { WriteToWorkbook } from "./actions/templateActions";
import { App, type AppActions } from "./shell/App";
import { WaitingForOffice } from "./shell/WaitingForOffice";
import { hostModeFrom } from "./hostMode";
import type { HostSupport } from "./hostSupport";
import { createCheckActions } from "./actions/checkActions";
import { createConsolidateActions } from "./actions/consolidateActions";
import { createExcelWriter } from "./office/excelWriter";
import { settingsSheetLedger } from "./actions/sheetLedger";
import { settingsImportLedger } from "./actions/importLedger";
import { createCatalogActions } from "./actions/catalogActions";
import {
  createOpenWorkbook,
  createFormImporter,
  createPrintSetupApplier,
  createSheetReader,
  createWorkbookForms,
  createWorkbookHistory,
} from "./office/openWorkbook";
import { documentSettings, hostSupport, waitForOffice } from "./office/officeHost";
import { createPrintActions } from "./actions/printActions";
import { settingsReceiptStore } from "./actions/receiptStore";
import { registerSheetReader } from "./actions/registerSheet";
import type { ChosenFileReads } from "./actions/types";
import { createTemplateActions } from "./actions/templateActions";
import { markPaneStarted } from "./oldWebview/paneStarted";

function browserActions(catalog: Catalog): AppActions {
  const reads: ChosenFileReads = new WeakMap();
  return {
    templates: createTemplateActions(catalog),
    check: createCheckActions(catalog, undefined, reads),
    consolidate: createConsolidateActions(catalog, { reads }),
    print: createPrintActions(catalog),
  };
}

function excelActions(catalog: Catalog, support: HostSupport, writer: WriteToWorkbook): AppActions {
  const ledger = settingsImportLedger(documentSettings());
  const forms = createWorkbookForms(support.capabilities, (sheets) => ledger.receipt(sheets));
  const importer = createFormImporter(support.capabilities, ledger);
  const reads: ChosenFileReads = new WeakMap();
  const readSheets = createSheetReader(support.capabilities);
  return {
    templates: createTemplateActions(catalog, writer),
    check: createCheckActions(catalog, createOpenWorkbook(forms, ledger), reads),
    consolidate: createConsolidateActions(catalog, {
      writeToWorkbook: writer,
      workbookForms: forms,
      importer,
      reads,
      receipts: settingsReceiptStore(documentSettings()),
      ...(readSheets ? { readRegisterSheet: registerSheetReader(readSheets) } : {}),
      history: createWorkbookHistory(support.capabilities),
    }),
    print: createPrintActions(catalog, createPrintSetupApplier(support.capabilities)),
  };
}

/** How long Office may take before the pane says it is waiting: a usual start shows nothing in between. */
const WAITING_NOTICE_AFTER_MS = 1000;

function start(container: HTMLElement): void {
  const root = createRoot(container);
  const waiting = setTimeout(() => root.render(<WaitingForOffice />), WAITING_NOTICE_AFTER_MS);
  waitForOffice().then((info) => {
    clearTimeout(waiting);
    const host = hostModeFrom(info);
    const builtInCatalog = catalog2026();
    const support = hostSupport(host);
    const today = provinceDate(new Date());
    const writer = support && createExcelWriter(support.capabilities, settingsSheetLedger(documentSettings()));
    const createActions =
      support && writer ? (catalog: Catalog) => excelActions(catalog, support, writer) : browserActions;
    const catalogActions = support && writer && createCatalogActions(writer, createSheetReader(support.capabilities));
    root.render(
      <App
        host={host}
        support={support}
        builtInCatalog={builtInCatalog}
        today={today}
        createActions={createActions}
        catalogActions={catalogActions}
      />,
    );
  });
}

/** Once the pane has drawn itself, the file readers start, so a first check or consolidation need not wait for them. */
function warmReadersWhenIdle(): void {
  const warm = () => void import("./actions/readChosenFiles").then(({ warmReaders }) => warmReaders());
  if (typeof requestIdleCallback === "function") requestIdleCallback(warm);
  else setTimeout(warm, 1000);
}

markPaneStarted();
const container = document.getElementById("container");
if (container) {
  start(container);
  warmReadersWhenIdle();
}
