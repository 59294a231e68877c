/** @jest-environment jsdom */
import { act, fireEvent, render, screen, within } from "@testing-library/react";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import type { Catalog } from "../../../src/domain/catalog/types";
import type { CatalogActions } from "../../../src/taskpane/actions/types";
import { App, type AppActions } from "../../../src/taskpane/shell/App";

const builtIn = catalog2026();
const edited: Catalog = { ...builtIn, year: 2027 };

/** Stub actions that remember which catalog they were made for. */
function actionsFor(catalog: Catalog): AppActions & { madeFor: Catalog } {
  return {
    madeFor: catalog,
    templates: {
      downloadPlan: jest.fn(async () => ({ fileName: `ke-hoach-${catalog.year}.xlsx`, count: 1 })),
      downloadAllForms: jest.fn(),
    },
    check: { checkFiles: jest.fn() },
    consolidate: { consolidate: jest.fn(), saveReceipts: jest.fn(), downloadSummary: jest.fn() },
    print: {},
  };
}

function renderApp(catalogActions?: CatalogActions) {
  const createActions = jest.fn(actionsFor);
  render(
    <App
      host={{ kind: "excel", platform: "OfficeOnline" }}
      builtInCatalog={builtIn}
      today="2026-06-10"
      createActions={createActions}
      catalogActions={catalogActions}
    />,
  );
  return createActions;
}

const periodSelect = () => screen.getByRole("combobox", { name: "Kỳ báo cáo" }) as HTMLSelectElement;

describe("App and the catalog in use", () => {
  it("has no Danh mục tab without catalog actions (outside Excel)", () => {
    renderApp();
    expect(screen.queryByRole("tab", { name: "Danh mục" })).toBeNull();
  });

  it("switches every panel to the workbook's catalog, then back to the built-in plan", async () => {
    const createActions = renderApp({
      writeCatalogToWorkbook: jest.fn(),
      readCatalogFromWorkbook: async () => ({ ok: true, value: edited }),
    });
    expect(createActions).toHaveBeenLastCalledWith(builtIn);
    expect(periodSelect().value).toBe("2026-06");

    fireEvent.click(screen.getByRole("tab", { name: "Danh mục" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Dùng danh mục trong sổ làm việc" }));
    });
    expect(createActions).toHaveBeenLastCalledWith(edited);
    expect(screen.getByTestId("catalog-notice").textContent).toBe(
      "Đang dùng danh mục trong sổ làm việc (năm 2027, 53 chỉ tiêu, 104 nhiệm vụ, 102 đơn vị).",
    );
    // A 2027 plan reports on 2027's periods: before that year starts, its first month.
    expect(periodSelect().value).toBe("2027-01");

    fireEvent.click(screen.getByRole("tab", { name: "Biểu mẫu" }));
    await act(async () => {
      fireEvent.click(screen.getByRole("button", { name: "Tải Phụ lục I và II (.xlsx)" }));
    });
    const latest = createActions.mock.results.at(-1)?.value as ReturnType<typeof actionsFor>;
    expect(latest.madeFor).toBe(edited);
    expect(latest.templates.downloadPlan).toHaveBeenCalledTimes(1);
    expect(screen.getByRole("status").textContent).toBe("Đã tải về ke-hoach-2027.xlsx.");

    fireEvent.click(screen.getByRole("tab", { name: "Danh mục" }));
    fireEvent.click(screen.getByRole("button", { name: "Quay lại danh mục có sẵn của Kế hoạch năm 2026" }));
    expect(createActions).toHaveBeenLastCalledWith(builtIn);
    expect(screen.queryByTestId("catalog-notice")).toBeNull();
    expect(periodSelect().value).toBe("2026-06");
  });
});

describe("App and the chosen files", () => {
  it("keeps one choice of files for Kiểm tra and Tổng hợp: chosen in one, there in the other, given to both", async () => {
    const createActions = renderApp();
    const actions = createActions.mock.results.at(-1)?.value as ReturnType<typeof actionsFor>;
    actions.consolidate.consolidate = jest.fn(async () => {
      throw new Error("Không đọc được.");
    });
    const file = new File([new Uint8Array([0x50, 0x4b, 3, 4])], "2026-06_so-yt.xlsx");
    const inputs = () => screen.getAllByLabelText("Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)");
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    fireEvent.change(inputs()[0], { target: { files: [file] } });
    fireEvent.click(screen.getByRole("tab", { name: "Tổng hợp" }));
    const consolidatePanel = screen.getByRole("tabpanel", { name: "Tổng hợp" });
    expect(consolidatePanel.textContent).toContain("2026-06_so-yt.xlsx");
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    expect(actions.consolidate.consolidate).toHaveBeenCalledWith([file], expect.anything(), expect.anything());
    // Dropped in Tổng hợp, it is gone from Kiểm tra too.
    fireEvent.click(within(consolidatePanel).getByRole("button", { name: "Bỏ tệp 2026-06_so-yt.xlsx" }));
    fireEvent.click(screen.getByRole("tab", { name: "Kiểm tra" }));
    expect(screen.getByRole("tabpanel", { name: "Kiểm tra" }).textContent).toContain("Chưa chọn tệp nào.");
  });
});
