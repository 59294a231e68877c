import { createRoot } from "react-dom/client";
import { App } from "./shell/App";
import { hostModeFrom, type OfficeReadyInfo } from "./hostMode";

const OFFICE_READY_TIMEOUT_MS = 3000;

/** Resolves once: with Office's answer, or with nothing when office.js is missing or never answers. */
function waitForOffice(): Promise<OfficeReadyInfo | undefined> {
  if (typeof Office === "undefined") return Promise.resolve(undefined);
  return Promise.race([
    Office.onReady().then((info) => ({ host: info.host, platform: info.platform })),
    new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), OFFICE_READY_TIMEOUT_MS)),
  ]);
}

waitForOffice().then((info) => {
  const container = document.getElementById("container");
  if (container) createRoot(container).render(<App host={hostModeFrom(info)} />);
});
