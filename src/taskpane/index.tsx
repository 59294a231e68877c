import { createRoot } from "react-dom/client";
import { catalog2026 } from "../domain/catalog/catalog2026";
import type { Catalog } from "../domain/catalog/types";
import { detectCapabilities } from "../workbook/excel/hostCapabilities";
import { App, type AppActions } from "./shell/App";
import { hostModeFrom, type HostMode, type OfficeReadyInfo } from "./hostMode";
import { createTemplateActions } from "./actions/templateActions";
import { createExcelWriter } from "./actions/excelWriter";

const OFFICE_READY_TIMEOUT_MS = 3000;

/** Resolves once: with Office's answer, or with nothing when office.js is missing or never answers. */
function waitForOffice(): Promise<OfficeReadyInfo | undefined> {
  if (typeof Office === "undefined") return Promise.resolve(undefined);
  return Promise.race([
    Office.onReady().then((info) => ({ host: info.host, platform: info.platform })),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS)),
  ]);
}

function createActions(host: HostMode, catalog: Catalog): AppActions {
  const writer = host.kind === "excel" ? createExcelWriter(detectCapabilities(Office.context.requirements)) : undefined;
  return { templates: createTemplateActions(catalog, writer) };
}

waitForOffice().then((info) => {
  const host = hostModeFrom(info);
  const container = document.getElementById("container");
  if (!container) return;
  const catalog = catalog2026();
  const today = new Date().toISOString().slice(0, 10);
  createRoot(container).render(
    <App host={host} year={catalog.year} today={today} actions={createActions(host, catalog)} />,
  );
});
