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
  it("in the browser: the downloaded summary holds the appendices alone, already set up; the working sheets are apart", () => {
    renderPanel({ kind: "browser" }, {});
    expect(screen.getByText(/chỉ có Phụ lục I, II, III và IV, đã đặt sẵn trang in theo Nghị định 30/)).toBeTruthy();
    expect(screen.getByText(/lam-viec.xlsx là các trang làm việc, không để in/)).toBeTruthy();
    expect(screen.queryByRole("button")).toBeNull();
  });

  it("in an Excel without page layout (below ExcelApi 1.9): the steps to take by hand", () => {
    renderPanel(excel, {});
    expect(screen.queryByRole("button", { name: "Đặt trang in cho Phụ lục I, II, III và IV" })).toBeNull();
    const steps = screen.getAllByRole("listitem").map((item) => item.textContent);
    expect(steps).toContain("Bố cục Trang → Hướng → Ngang.");
    expect(steps).toContain("Bố cục Trang → Khổ giấy → A4.");
    expect(steps.some((step) => step?.startsWith("Bố cục Trang → In tiêu đề"))).toBe(true);
    expect(steps.some((step) => step?.includes("Trái 3 cm, Phải 1,5 cm"))).toBe(true);
    expect(steps.some((step) => step?.includes("Tỷ lệ 100% (không thu nhỏ chữ)"))).toBe(true);
    expect(steps.some((step) => step?.includes("“Trang đầu khác”"))).toBe(true);
  });

  it("in Excel: says exactly what prints, the two appendices, and how to print them alone", () => {
    renderPanel(excel, { applyPrintSetup: jest.fn() });
    expect(
      screen.getByText(
        /bấm tên bốn trang “Phụ lục I \(báo cáo\)”, “Phụ lục II \(báo cáo\)”, “Phụ lục III \(báo cáo\)” và “Phụ lục IV \(báo cáo\)”.*In trang tính hiện hoạt/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(/các trang làm việc .* không để in và không được đặt trang in/i)).toBeTruthy();
  });

  it("working, then done: the sheets set up and those the workbook does not have", async () => {
    const pending = deferred<PrintOutcome>();
    const applyPrintSetup = jest.fn((_period, _context: OperationContext) => pending.promise);
    renderPanel(excel, { applyPrintSetup });
    fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho Phụ lục I, II, III và IV" }));
    expect(applyPrintSetup).toHaveBeenCalledWith(may, expect.anything());
    expect(screen.getByText("Đang xử lý…")).toBeTruthy();
    await act(async () => pending.resolve({ applied: ["Phụ lục II"], absent: ["Phụ lục III"] }));
    expect(screen.getByRole("status").textContent).toBe(
      "Đã đặt trang in cho: Phụ lục II. Chưa có trong sổ làm việc: Phụ lục III.",
    );
  });

  it("done with no summary in the workbook: says to write one first", async () => {
    renderPanel(excel, {
      applyPrintSetup: jest.fn(async () => ({ applied: [], absent: ["Phụ lục II", "Phụ lục III"] })),
    });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho Phụ lục I, II, III và IV" })),
    );
    expect(screen.getByRole("status").textContent).toContain("Sổ làm việc chưa có các phụ lục của báo cáo");
  });

  it("error: Excel's refusal shown in Vietnamese", async () => {
    const applyPrintSetup = jest.fn(async () => {
      throw new Error(
        "Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
      );
    });
    renderPanel(excel, { applyPrintSetup });
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Đặt trang in cho Phụ lục I, II, III và IV" })),
    );
    expect(screen.getByRole("alert").textContent).toContain("cần ExcelApi 1.9");
  });
});
