import { waitForOffice } from "../../../src/taskpane/office/officeHost";
import { openedByOffice } from "../../../src/taskpane/hostMode";

const EXCEL = { host: "Excel", platform: "PC" };
const IN_EXCEL = { search: "?_host_Info=Excel$Win32$16.01$vi-VN$$$$0", storedHostInfo: null };
const IN_BROWSER = { search: "", storedHostInfo: null };

/** An office.js whose onReady answers `info` after `ms`, or never. */
function installOffice(ms: number | undefined, info: unknown = EXCEL): void {
  const onReady = () => new Promise((resolve) => (ms === undefined ? undefined : setTimeout(() => resolve(info), ms)));
  (globalThis as unknown as { Office: unknown }).Office = { onReady };
}

/** What `promise` has settled with by now: "pending" while it has not. */
async function settled<T>(promise: Promise<T>): Promise<T | "pending"> {
  return Promise.race([promise, Promise.resolve("pending" as const)]);
}

describe("openedByOffice", () => {
  it("knows Office by the host it appends to the manifest's URL, or by the one office.js kept for the session", () => {
    expect(openedByOffice(IN_EXCEL)).toBe(true);
    expect(openedByOffice({ search: "?_host_Info=Excel|Web|16.00|vi-VN|abc|isDialog|", storedHostInfo: null })).toBe(
      true,
    );
    expect(openedByOffice({ search: "", storedHostInfo: "Excel$Win32$16.01$vi-VN$$$$0" })).toBe(true);
    expect(openedByOffice(IN_BROWSER)).toBe(false);
    expect(openedByOffice({ search: "?host_Info=Excel&x=_host_Info", storedHostInfo: "" })).toBe(false);
  });
});

describe("waitForOffice", () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => {
    jest.useRealTimers();
    delete (globalThis as { Office?: unknown }).Office;
  });

  it("inside Office, waits for a slow Excel however long it takes to start", async () => {
    installOffice(45_000);
    const waiting = waitForOffice(IN_EXCEL);
    await jest.advanceTimersByTimeAsync(44_000);
    expect(await settled(waiting)).toBe("pending");
    await jest.advanceTimersByTimeAsync(1_000);
    expect(await settled(waiting)).toEqual(EXCEL);
  });

  it("outside Office, works in browser mode when office.js has not answered after 3 s", async () => {
    installOffice(undefined);
    const waiting = waitForOffice(IN_BROWSER);
    await jest.advanceTimersByTimeAsync(2_900);
    expect(await settled(waiting)).toBe("pending");
    await jest.advanceTimersByTimeAsync(100);
    expect(await settled(waiting)).toBeUndefined();
  });

  it("outside Office, takes office.js's answer when it comes in time", async () => {
    installOffice(10, { host: null, platform: null });
    const waiting = waitForOffice(IN_BROWSER);
    await jest.advanceTimersByTimeAsync(10);
    expect(await settled(waiting)).toEqual({ host: null, platform: null });
  });

  it("without office.js, answers at once", async () => {
    expect(await waitForOffice(IN_EXCEL)).toBeUndefined();
  });
});
