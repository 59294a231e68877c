/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { consolidateFiles, type ConsolidationRun } from "../../../src/domain/run/consolidateFiles";
import type { RegisterRow } from "../../../src/domain/consolidation/types";
import type { ConsolidateActions } from "../../../src/taskpane/actions/types";
import type { OperationContext } from "../../../src/taskpane/common/useOperation";
import { parsePeriod } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { deferred, may, renderConsolidatePanel, unitFile } from "../panelTestSupport";

const INPUT_LABEL = "Tệp báo cáo của các đơn vị (.xlsx, .xls, .xlsm, .csv)";

function row(unitId: string, name: string, status: RegisterRow["status"], errors = 0, warnings = 0): RegisterRow {
  const sent = status !== "missing";
  return {
    unitId,
    name,
    group: unitId.startsWith("so-") ? "so" : "xa",
    status,
    errors,
    warnings,
    replacedFiles: [],
    ...(sent ? { file: `2026-05_${unitId}.xlsx`, receivedAt: "2026-05-08T07:24:00.000Z" } : {}),
  };
}

const COMPLETENESS =
  "1/2 sở, ban, ngành và 1/2 xã, phường đã gửi báo cáo; chưa nhận được báo cáo của: Sở Nội vụ, Xã Long Hẹ.";
const LATE = "Gửi muộn (sau ngày 10/5/2026): Xã Mường Bú.";
const REJECTED = "Tệp không hợp lệ, cần gửi lại: Xã Long Hẹ.";
const TASK_SENTENCES = ["Tổng số: 75 nhiệm vụ, trong đó:", "- Nhiệm vụ thường xuyên: 50 nhiệm vụ."];
const PLAN_SENTENCE = {
  text: "Thực hiện Quyết định số 1055/QĐ-UBND ngày 29/4/2026 của UBND tỉnh, đến nay 01/02 sở, ban, ngành và 00/02 xã, phường đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026¹.",
  footnote: "¹ Sở Khoa học và Công nghệ chưa nhận được Kế hoạch của 01/02 sở (Nội vụ) và 02/02 xã, phường.",
};

/** A month in which Sở Y tế sent on time, Xã Mường Bú late, Xã Long Hẹ an unusable file, Sở Nội vụ nothing. */
function run(): ConsolidationRun {
  const base = consolidateFiles([], { catalog: catalog2026(), period: may, asOf: "2026-05-14" });
  return {
    ...base,
    consolidation: {
      ...base.consolidation,
      register: [
        row("so-nv", "Sở Nội vụ", "missing"),
        row("so-yt", "Sở Y tế", "received", 0, 2),
        row("xa-muong-bu", "Xã Mường Bú", "late", 1, 0),
        row("xa-long-he", "Xã Long Hẹ", "rejected", 1, 0),
      ],
      completenessSentence: COMPLETENESS,
      lateSentence: LATE,
      rejectedSentence: REJECTED,
      taskSentences: TASK_SENTENCES,
      reportSections: [
        {
          id: "leadership",
          heading: "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH",
          sentences: [{ text: base.consolidation.documentsSentence }, PLAN_SENTENCE],
        },
        {
          id: "completeness",
          heading: "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
          sentences: [COMPLETENESS, LATE, REJECTED].map((text) => ({ text })),
        },
        {
          id: "tasks",
          heading: "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
          sentences: TASK_SENTENCES.map((text) => ({ text })),
        },
      ],
    },
  };
}

function actions(overrides: Partial<ConsolidateActions> = {}): ConsolidateActions {
  return {
    consolidate: jest.fn(async () => run()),
    saveReceipts: jest.fn(async () => undefined),
    downloadSummary: jest.fn(),
    ...overrides,
  };
}

function renderPanel(panelActions: ConsolidateActions, onAsOfChange = jest.fn()) {
  return renderConsolidatePanel({ actions: panelActions, onAsOfChange });
}

function choose(...files: File[]) {
  fireEvent.change(screen.getByLabelText(INPUT_LABEL), { target: { files } });
}

const runButton = () => screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement;

describe("ConsolidatePanel", () => {
  it("empty: asks for files, the run button waits for them, the as-of day is labelled", () => {
    const onAsOfChange = jest.fn();
    renderPanel(actions(), onAsOfChange);
    expect(screen.getByText("Chưa chọn tệp nào.")).toBeTruthy();
    expect(runButton().disabled).toBe(true);
    const input = screen.getByLabelText(INPUT_LABEL) as HTMLInputElement;
    expect(input.multiple).toBe(true);
    expect(input.accept).toBe(".xlsx,.xls,.xlsm,.csv");
    const asOf = screen.getByLabelText("Tính đến ngày") as HTMLInputElement;
    // dd/mm/yyyy whatever the system's language, not the browser's own date box.
    expect(asOf.value).toBe("14/05/2026");
    expect(asOf.type).toBe("text");
    fireEvent.change(asOf, { target: { value: "31/02/2026" } });
    fireEvent.blur(asOf);
    expect(onAsOfChange).not.toHaveBeenCalled();
    expect(screen.getByText(/“31\/02\/2026” không phải ngày: ghi theo dạng dd\/mm\/yyyy/)).toBeTruthy();
    fireEvent.change(asOf, { target: { value: "20/05/2026" } });
    expect(onAsOfChange).toHaveBeenCalledWith("2026-05-20");
  });

  it("lists files picked and dropped, once each, and lets the officer drop one again", () => {
    renderPanel(actions());
    choose(unitFile("2026-05_so-yt.xlsx"), unitFile("2026-05_xa-muong-bu.xlsx"));
    fireEvent.drop(screen.getByRole("group", { name: "Vùng thả tệp báo cáo" }), {
      dataTransfer: { files: [unitFile("2026-05_so-yt.xlsx"), unitFile("2026-05_xa-long-he.xlsx")] },
    });
    expect(screen.getByText("Đã chọn 3 tệp:")).toBeTruthy();
    fireEvent.click(screen.getByRole("button", { name: "Bỏ tệp 2026-05_xa-muong-bu.xlsx" }));
    expect(screen.getByText("Đã chọn 2 tệp:")).toBeTruthy();
    expect(screen.queryByText("2026-05_xa-muong-bu.xlsx")).toBeNull();
    expect(runButton().disabled).toBe(false);
  });

  it("working: counts the files read, and Hủy stops the run", async () => {
    const pending = deferred<ConsolidationRun>();
    let context: OperationContext | undefined;
    const consolidate = jest.fn((_files: unknown, _options: unknown, c: OperationContext) => {
      context = c;
      return pending.promise;
    });
    renderPanel(actions({ consolidate }));
    const files = [unitFile("2026-05_so-yt.xlsx"), unitFile("2026-05_xa-muong-bu.xlsx")];
    choose(...files);
    fireEvent.click(runButton());
    expect(consolidate).toHaveBeenCalledWith(files, { period: may, asOf: "2026-05-14" }, expect.anything());
    act(() => context!.progress(1, 2));
    expect(screen.getByText("Đã xong 1/2")).toBeTruthy();
    expect(runButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole("button", { name: "Hủy" }));
    expect(context!.signal.aborted).toBe(true);
    await act(async () => pending.resolve(run()));
    expect(screen.getByText("Đã hủy. Không có gì bị thay đổi dở dang.")).toBeTruthy();
    expect(screen.queryByText("Tình hình gửi báo cáo")).toBeNull();
  });

  it("outside Excel: offers only files, without asking where the forms come from", () => {
    renderPanel(actions());
    expect(screen.queryByRole("radiogroup")).toBeNull();
  });

  it("in Excel: consolidates the forms already in the workbook's sheets, no file needed", async () => {
    const consolidateSheets = jest.fn(async () => run());
    const consolidate = jest.fn(async () => run());
    renderPanel(actions({ consolidate, consolidateSheets }));
    expect(runButton().disabled).toBe(true);
    fireEvent.click(screen.getByRole("radio", { name: "Các trang tính đã nhập vào sổ làm việc này" }));
    expect(screen.queryByLabelText(INPUT_LABEL)).toBeNull();
    expect(screen.getByText(/dòng “Đơn vị: … — Kỳ báo cáo: …”/)).toBeTruthy();
    expect(runButton().disabled).toBe(false);
    await act(async () => fireEvent.click(runButton()));
    expect(consolidateSheets).toHaveBeenCalledWith({ period: may, asOf: "2026-05-14" }, expect.anything());
    expect(consolidate).not.toHaveBeenCalled();
    expect(screen.getByText(/biểu từ các trang tính của sổ làm việc\./)).toBeTruthy();
    expect(screen.getByText("Tình hình gửi báo cáo")).toBeTruthy();
  });

  it("in Excel, error: the workbook holds no form, said in Vietnamese; the files stay one click away", async () => {
    const consolidateSheets = jest.fn(async () => {
      throw new Error("Sổ làm việc đang mở không có trang tính nào là biểu mẫu của đơn vị.");
    });
    renderPanel(actions({ consolidateSheets }));
    fireEvent.click(screen.getByRole("radio", { name: "Các trang tính đã nhập vào sổ làm việc này" }));
    await act(async () => fireEvent.click(runButton()));
    expect(screen.getByRole("alert").textContent).toContain("không có trang tính nào là biểu mẫu");
    fireEvent.click(screen.getByRole("radio", { name: "Các tệp chọn trên máy" }));
    expect(screen.getByLabelText(INPUT_LABEL)).toBeTruthy();
  });

  it("in Excel: imports the chosen files as sheets, lists what came in and what did not, then reads the sheets", async () => {
    const importFiles = jest.fn(async () => ({
      imported: [{ file: "2026-05_so-yt.xlsx", unit: "Sở Y tế", sheets: ["CT Sở Y tế", "NV Sở Y tế"] }],
      refused: [{ file: "so-lieu.csv", message: "Tệp “so-lieu.csv” là tệp CSV, không phải biểu mẫu." }],
    }));
    const consolidateSheets = jest.fn(async () => run());
    renderPanel(actions({ importFiles, consolidateSheets }));
    const importButton = () => screen.getByRole("button", { name: "Nhập các tệp đã chọn vào sổ làm việc" });
    expect((importButton() as HTMLButtonElement).disabled).toBe(true);
    const files = [unitFile("2026-05_so-yt.xlsx"), unitFile("so-lieu.csv")];
    choose(...files);
    await act(async () => fireEvent.click(importButton()));
    expect(importFiles).toHaveBeenCalledWith(files, expect.anything());
    expect(screen.getByText("Đã nhập 1 biểu vào sổ làm việc.")).toBeTruthy();
    const result = screen.getByTestId("import-result").textContent;
    expect(result).toContain("Sở Y tế: CT Sở Y tế, NV Sở Y tế");
    expect(result).toContain("Tệp “so-lieu.csv” là tệp CSV");
    const sheetsChoice = screen.getByRole("radio", { name: "Các trang tính đã nhập vào sổ làm việc này" });
    expect((sheetsChoice as HTMLInputElement).checked).toBe(true);
    await act(async () => fireEvent.click(runButton()));
    expect(consolidateSheets).toHaveBeenCalled();
  });

  it("in Excel, importing: a refusal by Excel is said in Vietnamese and the files stay chosen", async () => {
    const importFiles = jest.fn(async () => {
      throw new Error("Excel không nhận các trang tính của biểu.");
    });
    renderPanel(actions({ importFiles, consolidateSheets: jest.fn() }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () =>
      fireEvent.click(screen.getByRole("button", { name: "Nhập các tệp đã chọn vào sổ làm việc" })),
    );
    expect(screen.getByRole("alert").textContent).toContain("Excel không nhận các trang tính");
    expect(screen.getByText("2026-05_so-yt.xlsx")).toBeTruthy();
  });

  it("error: says what went wrong, in Vietnamese", async () => {
    const consolidate = jest.fn(async () => {
      throw new Error("Không đọc được tệp 2026-05_so-yt.xlsx.");
    });
    renderPanel(actions({ consolidate }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    expect(screen.getByRole("alert").textContent).toContain("Không đọc được tệp 2026-05_so-yt.xlsx.");
  });

  it("done: the register's counts, the units filtered by status, the sentences ready to copy", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderPanel(actions());
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));

    const counts = screen.getByTestId("register-counts");
    const count = (status: string) => counts.querySelector(`[data-status=${status}] dd`)?.textContent;
    expect([count("received"), count("late"), count("missing"), count("rejected")]).toEqual(["1", "1", "1", "1"]);
    const table = screen.getByRole("table", { name: "Tình hình gửi báo cáo" });
    // The header, a heading per group, a row per unit.
    expect(within(table).getAllByRole("row")).toHaveLength(7);
    fireEvent.change(screen.getByLabelText("Lọc theo tình trạng"), { target: { value: "late" } });
    const rows = within(screen.getByRole("table")).getAllByRole("row").slice(1);
    expect(rows.map((r) => r.textContent)).toEqual([
      "Xã, phường (1)",
      "Xã Mường BúNhận 08/05/2026 14:24Thời điểm của tệpGửi muộn1 lỗi, 0 cảnh báo",
    ]);
    fireEvent.change(screen.getByLabelText("Lọc theo tình trạng"), { target: { value: "missing" } });
    expect(within(screen.getByRole("table")).getAllByRole("row")[2].textContent).toBe("Sở Nội vụChưa gửi");

    const sections = screen.getAllByRole("heading", { level: 3 }).map((heading) => heading.textContent);
    expect(sections).toEqual(
      expect.arrayContaining([
        "I. CÔNG TÁC LÃNH ĐẠO, CHỈ ĐẠO, ĐIỀU HÀNH",
        "TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ",
        "III. KẾT QUẢ THỰC HIỆN NHIỆM VỤ",
      ]),
    );
    const completeness = screen.getByTestId("report-completeness");
    expect([...completeness.querySelectorAll("p")].map((p) => p.textContent)).toEqual([COMPLETENESS, LATE, REJECTED]);
    await act(async () =>
      fireEvent.click(
        within(completeness).getByRole("button", { name: "Sao chép: TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" }),
      ),
    );
    expect(writeText).toHaveBeenLastCalledWith([COMPLETENESS, LATE, REJECTED].join("\n"));
    expect(
      within(completeness)
        .getAllByRole("button")
        .map((button) => button.textContent),
    ).toEqual(["Sao chép", "Sao chép", "Sao chép", "Sao chép cả mục"]);
    const copyAll = within(completeness).getAllByRole("status").at(-1);
    expect(copyAll?.textContent).toBe("Đã sao chép vào bộ nhớ tạm.");
    await act(async () =>
      fireEvent.click(
        within(completeness).getByRole("button", { name: "Sao chép câu 2: TÌNH HÌNH GỬI BÁO CÁO CỦA CÁC ĐƠN VỊ" }),
      ),
    );
    expect(writeText).toHaveBeenLastCalledWith(LATE);
    expect(within(screen.getByTestId("report-tasks")).getByText("- Nhiệm vụ thường xuyên: 50 nhiệm vụ.")).toBeTruthy();
  });

  it("done: section I's roll-up shows its footnote, and copies with it", async () => {
    const writeText = jest.fn(async () => undefined);
    Object.assign(navigator, { clipboard: { writeText } });
    renderPanel(actions());
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    const leadership = screen.getByTestId("report-leadership");
    expect([...leadership.querySelectorAll("p")].map((p) => p.textContent)).toEqual([
      run().consolidation.documentsSentence,
      PLAN_SENTENCE.text,
      PLAN_SENTENCE.footnote,
    ]);
    // Two sentences: one button each, and one for the whole section.
    expect(within(leadership).getAllByRole("button")).toHaveLength(3);
    await act(async () => fireEvent.click(within(leadership).getByRole("button", { name: /^Sao chép câu 2: I\. / })));
    expect(writeText).toHaveBeenCalledWith(`${PLAN_SENTENCE.text}\n${PLAN_SENTENCE.footnote}`);
  });

  it("done, when the clipboard is refused: says so and how to copy by hand", async () => {
    Object.assign(navigator, { clipboard: { writeText: jest.fn(async () => Promise.reject(new Error("denied"))) } });
    Object.assign(document, { execCommand: jest.fn(() => false) });
    renderPanel(actions());
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    const sentences = screen.getByTestId("report-tasks");
    await act(async () => fireEvent.click(within(sentences).getByRole("button", { name: /^Sao chép: / })));
    expect(within(sentences).getAllByRole("status").at(-1)?.textContent).toBe(
      "Không sao chép được; hãy bôi đen đoạn văn rồi nhấn Ctrl+C.",
    );
  });

  it("unit names are shown as text, never as markup", async () => {
    const hostile = run();
    hostile.consolidation.register[0] = row("so-nv", "<img src=x onerror=alert(1)>", "missing");
    renderPanel(actions({ consolidate: jest.fn(async () => hostile) }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    expect(screen.getByText("<img src=x onerror=alert(1)>")).toBeTruthy();
    expect(document.querySelector("img")).toBeNull();
  });

  it("in the browser the summary is downloaded: the appendices to print, the working sheets beside them", async () => {
    const downloadSummary = jest.fn(async () => ({
      fileName: "tong-hop-2026-05.xlsx",
      count: 2,
      workingFileName: "tong-hop-2026-05-lam-viec.xlsx",
    }));
    renderPanel(actions({ downloadSummary }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    expect(screen.queryByRole("button", { name: "Ghi biểu tổng hợp vào sổ làm việc" })).toBeNull();
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" })));
    expect(downloadSummary).toHaveBeenCalledWith(expect.objectContaining({ files: run().files }), expect.anything(), {
      onlyReportedTasks: false,
    });
    expect(
      screen.getByText(
        "Đã tải về tong-hop-2026-05.xlsx (Phụ lục I, II, III và IV — in cả tệp là đúng các phụ lục) và tong-hop-2026-05-lam-viec.xlsx (các trang làm việc: nội dung báo cáo, nguồn số liệu, đơn vị còn thiếu, khó khăn và đề xuất, kết quả kiểm tra; không để in).",
      ),
    ).toBeTruthy();
  });

  it("keeps in Phụ lục III only the tasks with a result this period when the officer ticks it (off by default)", async () => {
    const downloadSummary = jest.fn(async () => ({ fileName: "tong-hop-2026-05.xlsx", count: 1 }));
    renderPanel(actions({ downloadSummary }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    const choice = screen.getByRole("checkbox", {
      name: "Phụ lục III chỉ gồm nhiệm vụ có kết quả trong kỳ (đánh số lại)",
    });
    expect((choice as HTMLInputElement).checked).toBe(false);
    fireEvent.click(choice);
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" })));
    expect(downloadSummary).toHaveBeenCalledWith(expect.anything(), expect.anything(), { onlyReportedTasks: true });
  });

  it("in Excel the summary is written into the workbook, with what an older Excel left out", async () => {
    const writeSummaryToWorkbook = jest.fn(async () => ({
      sheets: ["Tổng hợp chỉ tiêu", "Tình hình gửi báo cáo"],
      omitted: ["Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9)."],
    }));
    renderPanel(actions({ writeSummaryToWorkbook }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Ghi biểu tổng hợp vào sổ làm việc" })));
    const done = screen.getAllByRole("status").find((s) => s.textContent?.startsWith("Đã ghi"));
    expect(done?.textContent).toBe(
      "Đã ghi biểu tổng hợp vào các trang tính: Tổng hợp chỉ tiêu, Tình hình gửi báo cáo. Phiên bản Excel này chưa làm được: Không đặt được thiết lập trang in, tiêu đề in lặp lại, đầu trang và chân trang (cần ExcelApi 1.9).",
    );
  });

  it("when most files are another month's forms: says so instead of the results, and switches the period", async () => {
    const onPeriodChange = jest.fn();
    const april = (parsePeriod("2026-04") as { ok: true; value: Period }).value;
    const base = run();
    const wrongMonth = {
      ...base,
      consolidation: { ...base.consolidation, period: april },
      otherPeriod: { period: may, count: 81, total: 83 },
    };
    renderConsolidatePanel({
      period: april,
      asOf: "2026-04-14",
      onPeriodChange,
      actions: actions({ consolidate: jest.fn(async () => wrongMonth) }),
    });
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    expect(screen.getByRole("alert").textContent).toContain(
      "81/83 tệp là báo cáo tháng 5/2026, không phải kỳ đã chọn — chuyển sang kỳ này?",
    );
    expect(screen.getByText(/^Đã đọc và tổng hợp/).closest("[data-intent=warning]")).not.toBeNull();
    // No register, sentence or download for a month the files are not of.
    expect(screen.queryByTestId("report-completeness")).toBeNull();
    expect(screen.queryByRole("button", { name: "Tải biểu tổng hợp (.xlsx)" })).toBeNull();
    fireEvent.click(screen.getByRole("button", { name: "Chuyển sang tháng 5/2026" }));
    expect(onPeriodChange).toHaveBeenCalledWith(expect.objectContaining({ code: "2026-05" }));
  });

  it("passes the first day of Phụ lục I's window when set, names the default, and shows the report's sentence", async () => {
    const consolidate = jest.fn(async () => run());
    renderPanel(actions({ consolidate }));
    const files = [unitFile("2026-05_so-yt.xlsx")];
    choose(...files);
    expect(screen.getByText(/để trống: từ ngày 31\/03\/2026/)).toBeTruthy();
    await act(async () => fireEvent.click(runButton()));
    expect(consolidate).toHaveBeenLastCalledWith(files, { period: may, asOf: "2026-05-14" }, expect.anything());
    fireEvent.change(screen.getByLabelText("Văn bản ban hành từ ngày"), { target: { value: "11/04/2026" } });
    await act(async () => fireEvent.click(runButton()));
    expect(consolidate).toHaveBeenLastCalledWith(
      files,
      { period: may, asOf: "2026-05-14", documentsSince: "2026-04-11" },
      expect.anything(),
    );
    expect(screen.getByTestId("report-leadership").textContent).toContain(run().consolidation.documentsSentence);
  });
  it("shows each unit's receipt time and its source by group, why a file was refused, and the same-minute notice", async () => {
    const shown = run();
    const [missing, received, late, rejected] = shown.consolidation.register;
    shown.consolidation.register = [
      missing,
      { ...received, receiptSource: "workbook" },
      { ...late, receiptSource: "officer", receivedAt: "2026-05-10T09:45:00.000Z" },
      { ...rejected, reason: "Tệp là báo cáo tháng 4/2026, không phải báo cáo tháng 5/2026 đang tổng hợp." },
    ];
    shown.consolidation.receiptNotices = ["5 tệp có cùng thời điểm nhận 12/05/2026 10:00: …"];
    renderPanel(actions({ consolidate: jest.fn(async () => shown) }));
    choose(unitFile("2026-05_so-yt.xlsx"));
    await act(async () => fireEvent.click(runButton()));
    const table = screen.getByRole("table", { name: "Tình hình gửi báo cáo" });
    const unitRow = (unitId: string) => table.querySelector(`[data-unit="${unitId}"]`)?.textContent;
    expect(unitRow("so-yt")).toBe("Sở Y tếNhận 08/05/2026 14:24Thời điểm lưu tệpĐã gửi0 lỗi, 2 cảnh báo");
    expect(unitRow("xa-muong-bu")).toBe("Xã Mường BúNhận 10/05/2026 16:45Cán bộ nhậpGửi muộn1 lỗi, 0 cảnh báo");
    expect(unitRow("xa-long-he")).toBe(
      "Xã Long HẹNhận 08/05/2026 14:24Thời điểm của tệp" +
        "Tệp là báo cáo tháng 4/2026, không phải báo cáo tháng 5/2026 đang tổng hợp.Không hợp lệ1 lỗi, 0 cảnh báo",
    );
    expect([...table.querySelectorAll("[data-group]")].map((row) => row.textContent)).toEqual([
      "Sở, ban, ngành (2)",
      "Xã, phường (2)",
    ]);
    expect(screen.getByText("5 tệp có cùng thời điểm nhận 12/05/2026 10:00: …")).toBeTruthy();
  });

  it("corrects the receipt time of the units ticked: kept first, then consolidated again with the same files", async () => {
    const consolidate = jest.fn(async () => run());
    const saveReceipts = jest.fn(async () => undefined);
    renderPanel(actions({ consolidate, saveReceipts }));
    const files = [unitFile("2026-05_so-yt.xlsx")];
    choose(...files);
    await act(async () => fireEvent.click(runButton()));
    // A unit that sent nothing has no time to correct.
    expect(screen.queryByRole("checkbox", { name: "Chọn Sở Nội vụ" })).toBeNull();
    const correct = () => screen.getByRole("button", { name: /^Sửa thời điểm nhận/ }) as HTMLButtonElement;
    expect(correct().disabled).toBe(true);
    fireEvent.click(screen.getByRole("checkbox", { name: "Chọn Xã Mường Bú" }));
    fireEvent.click(screen.getByRole("checkbox", { name: "Chọn Sở Y tế" }));
    const time = screen.getByLabelText("Sửa thời điểm nhận của các đơn vị đã chọn");
    fireEvent.change(time, { target: { value: "hôm qua" } });
    await act(async () => fireEvent.click(correct()));
    expect(saveReceipts).not.toHaveBeenCalled();
    expect(screen.getByText(/Thời điểm nhận “hôm qua” không đọc được/)).toBeTruthy();
    fireEvent.change(time, { target: { value: "10/05/2026 16:45" } });
    expect(correct().textContent).toBe("Sửa thời điểm nhận (2)");
    await act(async () => fireEvent.click(correct()));
    expect(saveReceipts).toHaveBeenCalledWith({
      "2026-05_so-yt.xlsx": "2026-05-10T09:45:00.000Z",
      "2026-05_xa-muong-bu.xlsx": "2026-05-10T09:45:00.000Z",
    });
    expect(consolidate).toHaveBeenCalledTimes(2);
    expect(consolidate).toHaveBeenLastCalledWith(files, { period: may, asOf: "2026-05-14" }, expect.anything());
  });
});
