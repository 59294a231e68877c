/** What the pane asks of Office itself: whether it is there, what this Excel supports, where the add-in keeps its settings. */
import { detectCapabilities } from "../../workbook/excel/hostCapabilities";
import type { HostMode, OfficeReadyInfo } from "../hostMode";
import type { HostSupport } from "../hostSupport";
import { canReadOpenWorkbook } from "./openWorkbook";

const OFFICE_READY_TIMEOUT_MS = 3000;

/** Resolves once: with Office's answer, or with nothing when office.js is missing or never answers. */
export function waitForOffice(): Promise<OfficeReadyInfo | undefined> {
  if (typeof Office === "undefined") return Promise.resolve(undefined);
  return Promise.race([
    Office.onReady().then((info) => ({ host: info.host, platform: info.platform })),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS)),
  ]);
}

/** The API sets this Excel has; none outside Excel. */
export function hostSupport(host: HostMode): HostSupport | undefined {
  if (host.kind !== "excel") return undefined;
  const requirements = Office.context.requirements;
  return { capabilities: detectCapabilities(requirements), readOpenWorkbook: canReadOpenWorkbook(requirements) };
}

/** The workbook's add-in settings, saved with the workbook (import and sheet ledgers live there). */
export function documentSettings(): Office.Settings {
  return Office.context.document.settings;
}
