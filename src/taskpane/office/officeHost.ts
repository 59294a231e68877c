/** What the pane asks of Office itself: whether it is there, what this Excel supports, where the add-in keeps its settings. */
import { detectCapabilities } from "../../workbook/excel/hostCapabilities";
import { openedByOffice, type HostMode, type OfficeReadyInfo, type PageOrigin } from "../hostMode";
import type { HostSupport } from "../hostSupport";
import { canReadOpenWorkbook } from "./openWorkbook";

/** Outside Office, office.js answers at once; past this, a page opened in a browser works in browser mode. */
const OFFICE_READY_TIMEOUT_MS = 3000;

function storedHostInfo(): string | null {
  try {
    return sessionStorage.getItem("hostInfoValue");
  } catch {
    // A sandboxed frame may refuse storage: then only the query string tells.
    return null;
  }
}

/**
 * Resolves once: with Office's answer, or with nothing when office.js is missing, or when it does not answer in
 * time on a page opened outside Office. Opened by Office, it waits as long as Office needs to start: switching to
 * browser mode there would lose the workbook for the whole session.
 */
export function waitForOffice(
  origin: PageOrigin = { search: location.search, storedHostInfo: storedHostInfo() },
): Promise<OfficeReadyInfo | undefined> {
  if (typeof Office === "undefined") return Promise.resolve(undefined);
  const ready = Office.onReady().then((info) => ({ host: info.host, platform: info.platform }));
  if (openedByOffice(origin)) return ready;
  return Promise.race([
    ready,
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
