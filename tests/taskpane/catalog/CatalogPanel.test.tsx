/** @jest-environment jsdom */
import { act, fireEvent, screen } from "@testing-library/react";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { Catalog } from "../../../src/domain/catalog/types";
import type { ParseResult } from "../../../src/domain/result";
import type { CatalogActions, WorkbookWriteOutcome } from "../../../src/taskpane/actions/types";
import { CatalogPanel } from "../../../src/taskpane/catalog/CatalogPanel";
import type { CatalogInUse } from "../../../src/taskpane/catalog/catalogInUse";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { deferred, renderInTheme } from "../panelTestSupport";

const builtIn: CatalogInUse = { catalog: catalog2026(), source: "builtIn" };
const WRITE = "Đưa danh mục vào sổ làm việc";
const USE = "Dùng danh mục trong sổ làm việc";
const BACK = "Quay lại danh mục có sẵn của Kế hoạch năm 2026";

function renderPanel(actions: CatalogActions, inUse = builtIn) {
  const onUse = jest.fn();
  const onBackToBuiltIn = jest.fn();
  renderInTheme(
    <CatalogPanel inUse={inUse} builtInYear={2026} actions={actions} onUse={onUse} onBackToBuiltIn={onBackToBuiltIn} />,
  );
  return { onUse, onBackToBuiltIn };
}

describe("CatalogPanel", () => {
  it("says which catalog is in use, counting items without their heading rows", () => {
    renderPanel({ writeCatalogToWorkbook: jest.fn(), readCatalogFromWorkbook: jest.fn() });
    expect(screen.getByTestId("catalog-in-use").textContent).toBe(
      "Đang dùng danh mục có sẵn của Kế hoạch năm 2026 (53 chỉ tiêu, 104 nhiệm vụ, 102 đơn vị).",
    );
    expect(screen.queryByRole("button", { name: BACK })).toBeNull();
  });

  it("writes the catalog in use, with progress while working and the sheets written after", async () => {
    const pending = deferred<WorkbookWriteOutcome>();
    const writeCatalogToWorkbook = jest.fn((_: Catalog, __: OperationContext) => pending.promise);
    renderPanel({ writeCatalogToWorkbook, readCatalogFromWorkbook: jest.fn() });
    fireEvent.click(screen.getByRole("button", { name: WRITE }));
    expect(writeCatalogToWorkbook.mock.calls[0][0]).toBe(builtIn.catalog);
    expect(screen.getByText("Đang xử lý…")).toBeTruthy();
    expect((screen.getByRole("button", { name: USE }) as HTMLButtonElement).disabled).toBe(true);
    await act(async () =>
      pending.resolve({ sheets: ["Danh mục chỉ tiêu", "Danh mục nhiệm vụ", "Danh mục đơn vị"], omitted: [] }),
    );
    expect(screen.getByRole("status").textContent).toBe(
      "Đã ghi danh mục vào các trang tính: Danh mục chỉ tiêu, Danh mục nhiệm vụ, Danh mục đơn vị. Sửa trên các trang này rồi bấm “Dùng danh mục trong sổ làm việc”.",
    );
  });

  it("lists every issue of the workbook's catalog, naming sheet, row and id, and keeps the catalog in use", async () => {
    const issues = [
      {
        path: ["Danh mục chỉ tiêu", 5, "KHCN.II.2", "target2026"],
        code: "unrecognised",
        message: "Trang “Danh mục chỉ tiêu”, dòng 5 (mã KHCN.II.2): Không đọc được chỉ tiêu “khoảng vài tổ chức”.",
      },
      {
        path: ["Danh mục nhiệm vụ", 4],
        code: "duplicate_id",
        message: "Trang “Danh mục nhiệm vụ”, dòng 4: mã NV.I.1 trùng với mã ở dòng 2.",
      },
    ];
    const refused: ParseResult<Catalog> = { ok: false, issues };
    const { onUse } = renderPanel({ writeCatalogToWorkbook: jest.fn(), readCatalogFromWorkbook: async () => refused });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: USE }));
    });
    const alert = screen.getByRole("alert");
    expect(alert.textContent).toContain("Danh mục trong sổ làm việc có 2 lỗi nên chưa dùng được");
    expect(screen.getAllByRole("listitem").map((item) => item.textContent)).toEqual(
      issues.map((issue) => issue.message),
    );
    expect(onUse).not.toHaveBeenCalled();
  });

  it("hands a catalog that passed every check to the pane", async () => {
    const edited = { ...catalog2026(), year: 2027 };
    const { onUse } = renderPanel({
      writeCatalogToWorkbook: jest.fn(),
      readCatalogFromWorkbook: async () => ({ ok: true, value: edited }),
    });
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: USE }));
    });
    expect(onUse).toHaveBeenCalledWith(edited);
    expect(screen.getByRole("status").textContent).toBe(
      "Đã đọc danh mục trong sổ làm việc: biểu mẫu, kiểm tra, tổng hợp và in từ nay dùng danh mục này.",
    );
  });

  it("offers the way back to the built-in plan while the workbook's catalog is in use", () => {
    const { onBackToBuiltIn } = renderPanel(
      { writeCatalogToWorkbook: jest.fn(), readCatalogFromWorkbook: jest.fn() },
      { catalog: { ...catalog2026(), year: 2027 }, source: "workbook" },
    );
    expect(screen.getByTestId("catalog-in-use").textContent).toBe(
      "Đang dùng danh mục trong sổ làm việc (năm 2027, 53 chỉ tiêu, 104 nhiệm vụ, 102 đơn vị).",
    );
    fireEvent.click(screen.getByRole("button", { name: BACK }));
    expect(onBackToBuiltIn).toHaveBeenCalled();
  });

  it("shows a failed read as an error, and says when this Excel cannot read the sheets at all", async () => {
    renderPanel({
      writeCatalogToWorkbook: async () => {
        throw new Error("Trang tính đang được sửa ở chế độ nhập ô.");
      },
    });
    expect(screen.queryByRole("button", { name: USE })).toBeNull();
    expect(
      screen.getByText("Phiên bản Excel này chưa đọc được danh mục từ sổ làm việc (cần ExcelApi 1.4)."),
    ).toBeTruthy();
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: WRITE }));
    });
    expect(screen.getByRole("alert").textContent).toContain("Trang tính đang được sửa ở chế độ nhập ô.");
  });
});
