/** @jest-environment jsdom */
import { act, fireEvent, render, screen } from "@testing-library/react";
import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import type { TemplateActions } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { TemplatesPanel } from "../../../src/taskpane/templates/TemplatesPanel";

const may = (parsePeriod("2026-05") as { ok: true; value: Period }).value;

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

function renderPanel(actions: TemplateActions) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <TemplatesPanel period={may} actions={actions} />
    </FluentProvider>,
  );
}

describe("TemplatesPanel", () => {
  it("offers only file downloads outside Excel", () => {
    renderPanel({ downloadPlan: jest.fn(), downloadAllForms: jest.fn() });
    expect(screen.getByText(/biểu mẫu báo cáo tháng 5\/2026/)).toBeTruthy();
    expect(screen.queryByRole("button", { name: "Tạo Phụ lục I và II trong sổ làm việc" })).toBeNull();
    expect(screen.getByRole("button", { name: "Tải biểu mẫu của tất cả đơn vị (.zip)" })).toBeTruthy();
  });

  it("shows progress with a count, lets the officer cancel, and says it was cancelled", async () => {
    const pending = deferred<{ fileName: string; count: number }>();
    let context: OperationContext | undefined;
    const downloadAllForms = jest.fn((period: Period, c: OperationContext) => {
      context = c;
      expect(period.code).toBe("2026-05");
      return pending.promise;
    });
    renderPanel({ downloadPlan: jest.fn(), downloadAllForms });
    fireEvent.click(screen.getByRole("button", { name: "Tải biểu mẫu của tất cả đơn vị (.zip)" }));
    act(() => context!.progress(12, 102));
    expect(screen.getByText("Đã xong 12/102")).toBeTruthy();
    expect((screen.getByRole("button", { name: "Tải Phụ lục I và II (.xlsx)" }) as HTMLButtonElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(context!.signal.aborted).toBe(true);
    await act(async () => pending.resolve({ fileName: "x.zip", count: 1 }));
    expect(screen.getByText("Đã hủy. Không có gì bị thay đổi dở dang.")).toBeTruthy();
  });

  it("reports the sheets written and what an older Excel left out", async () => {
    const writePlanToWorkbook = jest.fn(async () => ({
      sheets: ["Phụ lục I", "Phụ lục II"],
      omitted: ["Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8)."],
    }));
    renderPanel({ writePlanToWorkbook, downloadPlan: jest.fn(), downloadAllForms: jest.fn() });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tạo Phụ lục I và II trong sổ làm việc" }));
    });
    const status = screen.getByRole("status");
    expect(status.textContent).toContain("Đã tạo các trang tính: Phụ lục I, Phụ lục II.");
    expect(status.textContent).toContain("Không đặt được kiểm tra dữ liệu (cần ExcelApi 1.8).");
  });

  it("shows an error in Vietnamese, never only in the console", async () => {
    const downloadPlan = jest.fn(async () => {
      throw new Error("Không đọc được danh mục.");
    });
    renderPanel({ downloadPlan, downloadAllForms: jest.fn() });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tải Phụ lục I và II (.xlsx)" }));
    });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Không thực hiện được");
    expect(alert.textContent).toContain("Không đọc được danh mục.");
  });
});
