/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import type { Finding } from "../../../src/domain/validation/types";
import type { CheckActions, CheckOutcome } from "../../../src/taskpane/actions/types";
import { CheckPanel } from "../../../src/taskpane/check/CheckPanel";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { deferred, may, renderInTheme, unitFile, WithChosenFiles } from "../panelTestSupport";

const INPUT_LABEL = "Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)";

const findings: Finding[] = [
  {
    file: "2026-05_so-yt.xlsx",
    unit: "so-yt",
    sheet: "Chỉ tiêu",
    cell: "F12",
    severity: "warning",
    code: "percent_out_of_range",
    message: "Tỷ lệ 104% vượt 100%.",
  },
  {
    file: "2026-05_so-yt.xlsx",
    unit: "so-yt",
    sheet: "Nhiệm vụ",
    cell: "F21",
    severity: "error",
    code: "bad_status",
    message: "Nhiệm vụ “Xây dựng cơ chế…” — Tình trạng “Xong” không thuộc danh sách.",
    fix: "Chọn tình trạng trong danh sách.",
  },
  {
    file: "2026-05_xa-muong-bu.xlsx",
    unit: "xa-muong-bu",
    sheet: "Chỉ tiêu",
    cell: "E7",
    severity: "info",
    code: "estimate",
    message: "Số liệu ước tính.",
  },
  { file: "bao-cao.csv", severity: "error", code: "unreadable_file", message: "Tệp bao-cao.csv không phải sổ Excel." },
];

const unitNames = { "so-yt": "Sở Y tế", "xa-muong-bu": "Xã Mường Bú" };

/** The csv could not be read: its file is rejected, so the banner is not green. */
const rejectedCsv = {
  file: "bao-cao.csv",
  receivedAt: "2026-05-09",
  status: "rejected" as const,
  errors: 1,
  warnings: 0,
  indicators: [],
  tasks: [],
};

function outcome(source: CheckOutcome["source"]): CheckOutcome {
  return { source, files: [rejectedCsv], findings, unitNames };
}

function renderPanel(actions: CheckActions) {
  return renderInTheme(
    <WithChosenFiles
      panel={(files, onFilesChange) => (
        <CheckPanel period={may} asOf="2026-05-14" files={files} onFilesChange={onFilesChange} actions={actions} />
      )}
    />,
  );
}

const groupTitles = () => screen.queryAllByRole("heading", { level: 3 }).map((h) => h.textContent);

const findingItems = () => [...document.querySelectorAll<HTMLElement>("li[data-severity]")];

/** Opens the kind's line to its list, as the officer clicks it. */
const openKind = (name: RegExp) => fireEvent.click(screen.getByRole("button", { name }));

const showAll = () => fireEvent.change(screen.getByLabelText("Mức độ"), { target: { value: "all" } });

describe("CheckPanel", () => {
  it("empty, outside Excel: only chosen files can be checked, once some are chosen", () => {
    renderPanel({ checkFiles: jest.fn() });
    expect(screen.queryByRole("button", { name: "Kiểm tra sổ làm việc đang mở" })).toBeNull();
    const checkFiles = screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" }) as HTMLButtonElement;
    expect(checkFiles.disabled).toBe(true);
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    expect(checkFiles.disabled).toBe(false);
  });

  it("working: counts the files read and can be cancelled", async () => {
    const pending = deferred<CheckOutcome>();
    let context: OperationContext | undefined;
    const checkFiles = jest.fn((_files: unknown, _options: unknown, c: OperationContext) => {
      context = c;
      return pending.promise;
    });
    renderPanel({ checkFiles });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" }));
    act(() => context!.progress(0, 1));
    expect(screen.getByText("Đã xong 0/1")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    await act(async () => pending.resolve(outcome("files")));
    expect(screen.getByText("Đã hủy. Không có gì bị thay đổi dở dang.")).toBeTruthy();
  });

  it("error: reading the open workbook failed, said in Vietnamese", async () => {
    const checkActiveWorkbook = jest.fn(async () => {
      throw new Error("Không lấy được nội dung sổ làm việc đang mở từ Excel.");
    });
    renderPanel({ checkFiles: jest.fn(), checkActiveWorkbook });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc đang mở" })));
    expect(screen.getByRole("alert").textContent).toContain("Không lấy được nội dung sổ làm việc đang mở từ Excel.");
  });

  it("done: one line of counts, opened on the errors, one line per kind opening to its findings", async () => {
    renderPanel({ checkFiles: jest.fn(async () => outcome("files")) });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" })));
    expect(screen.getByText("2 lỗi · 1 cảnh báo · 1 thông tin")).toBeTruthy();
    expect((screen.getByLabelText("Mức độ") as HTMLSelectElement).value).toBe("error");
    expect(groupTitles()).toEqual(["LỗiTiến độ không có trong danh sách (1)", "LỗiTệp không đọc được (1)"]);
    const items = findingItems();
    expect(items.map((item) => item.getAttribute("data-severity"))).toEqual(["error", "error"]);
    expect(items[0].textContent).toContain("Sở Y tế");
    expect(items[0].textContent).toContain("Nhiệm vụ!F21");
    expect(items[0].textContent).toContain("Cách sửa: Chọn tình trạng trong danh sách.");
    expect(items[1].textContent).toContain("Tệp bao-cao.csv (chưa rõ đơn vị)");
    // A chosen file cannot be navigated to: its place is shown, not linked.
    expect(within(items[0]).queryByRole("button")).toBeNull();
    // Not every file was read: the banner says so, not in green.
    expect(screen.getByText("Đã kiểm tra 1 tệp: 4 phát hiện.").closest("[data-intent=warning]")).not.toBeNull();
  });

  it("all severities: warnings and notes stay closed until opened; green when every file was read", async () => {
    renderPanel({ checkFiles: jest.fn(async () => ({ ...outcome("files"), files: [] })) });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" })));
    expect(screen.getByText("Đã kiểm tra 0 tệp: 4 phát hiện.").closest("[data-intent=success]")).not.toBeNull();
    showAll();
    expect(groupTitles()).toEqual([
      "LỗiTiến độ không có trong danh sách (1)",
      "LỗiTệp không đọc được (1)",
      "Cảnh báoTỷ lệ ngoài 0–100% (1)",
      "Thông tinSố liệu ước tính (1)",
    ]);
    expect(findingItems()).toHaveLength(2);
    openKind(/Tỷ lệ ngoài 0–100%/);
    expect(findingItems().map((item) => item.getAttribute("data-severity"))).toEqual(["error", "error", "warning"]);
  });

  it("filters by severity and searches whole words without diacritics", async () => {
    renderPanel({ checkFiles: jest.fn(async () => outcome("files")) });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" })));
    const options = [...(screen.getByLabelText("Mức độ") as HTMLSelectElement).options].map((o) => o.textContent);
    expect(options).toEqual(["Tất cả mức độ (4)", "Lỗi (2)", "Cảnh báo (1)", "Thông tin (1)"]);
    fireEvent.change(screen.getByLabelText("Mức độ"), { target: { value: "warning" } });
    expect(groupTitles()).toEqual(["Cảnh báoTỷ lệ ngoài 0–100% (1)"]);
    showAll();
    fireEvent.change(screen.getByLabelText("Tìm trong kết quả"), { target: { value: "muong bu" } });
    expect(groupTitles()).toEqual(["Thông tinSố liệu ước tính (1)"]);
    fireEvent.change(screen.getByLabelText("Tìm trong kết quả"), { target: { value: "muong b" } });
    expect(screen.getByText("Không có phát hiện nào khớp bộ lọc.")).toBeTruthy();
  });

  it("in Excel, a finding of the open workbook selects its cell; a failure is shown", async () => {
    const selectCell = jest
      .fn()
      .mockResolvedValueOnce(undefined)
      .mockRejectedValueOnce(
        new Error("Không chọn được ô Chỉ tiêu!E7 trong Excel: trang tính có thể đã bị đổi tên, ẩn hoặc xóa."),
      );
    renderPanel({ checkFiles: jest.fn(), checkActiveWorkbook: jest.fn(async () => outcome("workbook")), selectCell });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra sổ làm việc đang mở" })));
    expect(screen.getByText("Đã kiểm tra 1 biểu trong sổ làm việc đang mở: 4 phát hiện.")).toBeTruthy();
    showAll();
    openKind(/Số liệu ước tính/);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chọn ô Nhiệm vụ!F21 trong Excel" })));
    expect(selectCell).toHaveBeenCalledWith("Nhiệm vụ", "F21");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chọn ô Chỉ tiêu!E7 trong Excel" })));
    expect(screen.getByRole("alert").textContent).toContain("Không chọn được ô Chỉ tiêu!E7");
  });

  it("in Excel, a chosen file's finding opens the sheet the file became when it was imported", async () => {
    const selectCell = jest.fn(async () => undefined);
    const importedSheet = (file: string, sheet: string) =>
      file === "2026-05_so-yt.xlsx" ? { "Chỉ tiêu": "CT Sở Y tế", "Nhiệm vụ": "NV Sở Y tế" }[sheet] : undefined;
    renderPanel({ checkFiles: jest.fn(async () => outcome("files")), selectCell, importedSheet });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" })));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Chọn ô NV Sở Y tế!F21 trong Excel" })));
    expect(selectCell).toHaveBeenCalledWith("NV Sở Y tế", "F21");
    showAll();
    openKind(/Số liệu ước tính/);
    // Xã Mường Bú's file was not imported: its finding names the file's cell, as text.
    expect(screen.queryByRole("button", { name: /Chỉ tiêu!E7/ })).toBeNull();
    expect(screen.getByText("Chỉ tiêu!E7")).toBeTruthy();
  });

  it("done with nothing to fix", async () => {
    renderPanel({ checkFiles: jest.fn(async () => ({ ...outcome("files"), findings: [] })) });
    fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files: [unitFile("2026-05_so-yt.xlsx")] } });
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Kiểm tra các tệp đã chọn" })));
    expect(screen.getByText("Không có phát hiện nào.")).toBeTruthy();
  });
});
