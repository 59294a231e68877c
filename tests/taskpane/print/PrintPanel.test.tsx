/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import type { PrintActions, PrintOutcome } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { PrintPanel } from "../../../src/taskpane/print/PrintPanel";
import type { HostMode } from "../../../src/taskpane/hostMode";
import { deferred, may, renderInTheme } from "../panelTestSupport";

const excel: HostMode = { kind: "excel", platform: "OfficeOnline" };

function renderPanel(host: HostMode, actions: PrintActions) {
  return renderInTheme(<PrintPanel host={host} period={may} actions={actions} />);
}

describe("PrintPanel", () => {
  it("in the browser: the downloaded summary already carries the page setup", () => {
    renderPanel({ kind: "browser" }, {});
    expect(screen.getByText(/đã được đặt sẵn trang in theo Nghị định 30/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("in an Excel without page layout (below ExcelApi 1.9): the steps to take by hand", () => {
    renderPanel(excel, {});
    expect(screen.queryByRole("button", { name: "Đặt trang in cho biểu tổng hợp" })).toBeNull();
    const steps = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(steps).toContain("Bố cục Trang → Hướng → Ngang.");
    expect(steps).toContain("Bố cục Trang → Khổ giấy → A4.");
    expect(steps.some((step) => step?.startsWith("Bố cục Trang → In tiêu đề"))).toBe(true);
    expect(steps.some((step) => step?.includes("Trái 3 cm, Phải 1,5 cm"))).toBe(true);
  });

  it("working, then done: the sheets set up and those the workbook does not have", async () => {
    const pending = deferred<PrintOutcome>();
    const applyPrintSetup = jest.fn((_period, _context: OperationContext) => pending.promise);
    renderPanel(excel, { applyPrintSetup });
    fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho biểu tổng hợp" }));
    expect(applyPrintSetup).toHaveBeenCalledWith(may, expect.anything());
    expect(screen.getByText("Đang xử lý…")).toBeTruthy();
    await act(async () =>
      pending.resolve({ applied: ["Tổng hợp chỉ tiêu", "Tổng hợp nhiệm vụ"], absent: ["Kết quả kiểm tra"] }),
    );
    expect(screen.getByRole("status").textContent).toBe(
      "Đã đặt trang in cho: Tổng hợp chỉ tiêu, Tổng hợp nhiệm vụ. Chưa có trong sổ làm việc: Kết quả kiểm tra.",
    );
  });

  it("done with no summary in the workbook: says to write one first", async () => {
    renderPanel(excel, { applyPrintSetup: jest.fn(async () => ({ applied: [], absent: ["Tổng hợp chỉ tiêu"] })) });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho biểu tổng hợp" })));
    expect(screen.getByRole("status").textContent).toContain("chưa có trang tính tổng hợp nào");
  });

  it("error: Excel's refusal shown in Vietnamese", async () => {
    const applyPrintSetup = jest.fn(async () => {
      throw new Error(
        "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
      );
    });
    renderPanel(excel, { applyPrintSetup });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho biểu tổng hợp" })));
    expect(screen.getByRole("alert").textContent).toContain("cần ExcelApi 1.9");
  });
});
