/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { consolidateFiles } from "../../../src/domain/run/consolidateFiles";
import type { ConsolidateActions, ConsolidationOutcome } from "../../../src/taskpane/actions/types";
import { may, renderConsolidatePanel, unitFile } from "../panelTestSupport";

const SWITCH = "Dùng số liệu kỳ trước cho đơn vị chưa có báo cáo hợp lệ";
const nobody = consolidateFiles([], { catalog: catalog2026(), period: may, asOf: "2026-05-14" });

function renderPanel(given: Omit<ConsolidateActions, "saveReceipts">) {
  const actions: ConsolidateActions = { saveReceipts: jest.fn(async () => undefined), ...given };
  renderConsolidatePanel({ actions });
  fireEvent.change(screen.getByLabelText("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)"), {
    target: { files: [unitFile("2026-05_so-yt.xlsx")] },
  });
}

const run = () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" }));

describe("Tổng hợp with the workbook's history", () => {
  it("offers carrying forward, on unless the officer turns it off, and passes the choice with the run", async () => {
    const consolidate = jest.fn(async (): Promise<ConsolidationOutcome> => nobody);
    renderPanel({ consolidate, downloadSummary: jest.fn(), keepsHistory: true });
    const toggle = screen.getByRole("switch", { name: SWITCH }) as HTMLInputElement;
    expect(toggle.checked).toBe(true);
    expect(screen.getByText(/được lưu vào trang “Dữ liệu các kỳ” của sổ làm việc này/)).toBeTruthy();
    await act(async () => run());
    expect(consolidate).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ carryForward: true }),
      expect.anything(),
    );
    fireEvent.click(toggle);
    await act(async () => run());
    expect(consolidate).toHaveBeenLastCalledWith(
      expect.anything(),
      expect.objectContaining({ carryForward: false }),
      expect.anything(),
    );
  });

  it("has no switch where no history is kept (outside Excel)", () => {
    renderPanel({ consolidate: jest.fn(async () => nobody), downloadSummary: jest.fn() });
    expect(screen.queryByRole("switch")).toBeNull();
  });

  it("tells why the history was not used, naming each bad cell", async () => {
    const outcome: ConsolidationOutcome = {
      ...nobody,
      history: {
        kind: "notRead",
        message: "Không đọc được trang “Dữ liệu các kỳ”: …",
        issues: ["Trang “Dữ liệu các kỳ”, ô A3: …"],
      },
    };
    renderPanel({ consolidate: jest.fn(async () => outcome), downloadSummary: jest.fn(), keepsHistory: true });
    await act(async () => run());
    const shown = screen.getByTestId("history-result");
    expect(shown.textContent).toContain("Không đọc được trang “Dữ liệu các kỳ”");
    expect(shown.querySelector("li")?.textContent).toBe("Trang “Dữ liệu các kỳ”, ô A3: …");
    expect(shown.getAttribute("data-intent")).toBe("warning");
  });
});
