/** @jest-environment jsdom */
import { act, fireEvent, screen, within } from "@testing-library/react";
import { catalog2026 } from "../../../src/domain/catalog/catalog2026";
import { consolidateFiles } from "../../../src/domain/run/consolidateFiles";
import { parsePeriod, periodLabel } from "../../../src/domain/language/parsePeriod";
import type { Period } from "../../../src/domain/language/types";
import { historyTexts } from "../../../src/domain/texts/history";
import type { ConsolidateActions, ConsolidationOutcome, RollUpOutcome } from "../../../src/taskpane/actions/types";
import { deferred, may, renderConsolidatePanel } from "../panelTestSupport";

const texts = historyTexts.rollUpPane;
const period = (code: string) => (parsePeriod(code) as { ok: true; value: Period }).value;
const catalog = catalog2026();
const q2 = period("2026-Q2");
const quarter = consolidateFiles([], { catalog, period: q2, asOf: "2026-07-14" });

function renderPanel(given: Partial<ConsolidateActions>) {
  const actions: ConsolidateActions = {
    consolidate: jest.fn(),
    saveReceipts: jest.fn(async () => undefined),
    downloadSummary: jest.fn(),
    keepsHistory: true,
    ...given,
  };
  renderConsolidatePanel({ actions });
  return actions;
}

const SHEETS = "Các trang tính đã nhập vào sổ làm việc này";
const choice = () => screen.getByLabelText(texts.periodLabel) as HTMLSelectElement;
const makeReport = () => fireEvent.click(screen.getByRole("button", { name: texts.run }));

describe("Báo cáo quý, 6 tháng, năm in Tổng hợp", () => {
  it("offers the quarter of the latest recorded month once known, until the officer chooses", async () => {
    const latest = deferred<Period | undefined>();
    renderPanel({ rollUpToWorkbook: jest.fn(), latestRecordedMonth: () => latest.promise });
    // Before the sheet is read: the quarter of the pane's month (May).
    expect(choice().value).toBe("2026-Q2");
    expect([...choice().options].map((option) => option.value)).toEqual([
      "2026-Q1",
      "2026-Q2",
      "2026-Q3",
      "2026-Q4",
      "2026-H1",
      "2026-H2",
      "2026",
    ]);
    await act(async () => latest.resolve(period("2026-08")));
    expect(choice().value).toBe("2026-Q3");
    fireEvent.change(choice(), { target: { value: "2026-H1" } });
    expect(choice().value).toBe("2026-H1");
  });

  it("follows the month a run of the panel has just recorded", async () => {
    const recorded: ConsolidationOutcome = {
      ...consolidateFiles([], { catalog, period: may, asOf: "2026-05-14" }),
      history: { kind: "recorded", message: "Đã lưu" },
    };
    renderPanel({
      consolidate: jest.fn(async () => recorded),
      consolidateSheets: jest.fn(async () => recorded),
      rollUpToWorkbook: jest.fn(),
      latestRecordedMonth: async () => period("2026-03"),
    });
    await act(async () => undefined);
    expect(choice().value).toBe("2026-Q1");
    fireEvent.click(screen.getByRole("radio", { name: SHEETS }));
    await act(async () => fireEvent.click(screen.getByRole("button", { name: "Tổng hợp" })));
    expect(choice().value).toBe("2026-Q2");
  });

  it("makes the chosen period as of the day typed, keeping the monthly run waiting meanwhile", async () => {
    const pending = deferred<RollUpOutcome>();
    const rollUpToWorkbook = jest.fn(() => pending.promise);
    renderPanel({ rollUpToWorkbook, consolidateSheets: jest.fn() });
    // Forms from the workbook's sheets: the monthly run needs no file, so only the roll-up holds it back.
    fireEvent.click(screen.getByRole("radio", { name: SHEETS }));
    const monthly = screen.getByRole("button", { name: "Tổng hợp" }) as HTMLButtonElement;
    expect(monthly.disabled).toBe(false);
    fireEvent.change(choice(), { target: { value: "2026-H1" } });
    fireEvent.change(screen.getByLabelText(texts.asOfLabel), { target: { value: "15/07/2026" } });
    makeReport();
    expect(rollUpToWorkbook).toHaveBeenCalledWith(period("2026-H1"), "2026-07-15", expect.anything());
    expect(monthly.disabled).toBe(true);
    const run = { consolidation: quarter.consolidation, findings: [], files: quarter.files };
    const written = { sheets: ["Phụ lục II"], omitted: [] };
    await act(async () => pending.resolve({ kind: "written", run, months: [may], missingMonths: [], written }));
    expect(monthly.disabled).toBe(false);
  });

  it("says what was made and written, and shows the report's sentences; amber when months are lacking", async () => {
    const months = [period("2026-04"), may];
    const missingMonths = [period("2026-06")];
    const span = historyTexts.rollUp.span(periodLabel(q2), months.map(periodLabel), missingMonths.map(periodLabel));
    const consolidation = { ...quarter.consolidation, rolledUpFrom: { months: [], missingMonths: [], sentence: span } };
    const run = { consolidation, findings: [], files: quarter.files };
    const outcome: RollUpOutcome = {
      kind: "written",
      run,
      months,
      missingMonths,
      written: { sheets: ["Phụ lục II", "Phụ lục III"], omitted: [] },
    };
    renderPanel({ rollUpToWorkbook: jest.fn(async () => outcome) });
    await act(async () => makeReport());
    const said = `${texts.done("quý II/2026", 0, ["Phụ lục II", "Phụ lục III"])} ${span}`;
    expect(screen.getByText(said).closest("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
    const completeness = screen.getByTestId("rollup-completeness");
    expect(within(completeness).getByText(quarter.consolidation.completenessSentence)).toBeTruthy();
  });

  it("shows why no report was made, naming each bad cell", async () => {
    const outcome: RollUpOutcome = {
      kind: "refused",
      message: texts.notRead("Dữ liệu các kỳ"),
      issues: ["Trang “Dữ liệu các kỳ”, ô A3: …"],
    };
    renderPanel({ rollUpToWorkbook: jest.fn(async () => outcome) });
    await act(async () => makeReport());
    expect(screen.getByText(outcome.message).closest("[data-intent]")?.getAttribute("data-intent")).toBe("warning");
    expect(screen.getByTestId("rollup-issues").textContent).toBe("Trang “Dữ liệu các kỳ”, ô A3: …");
    expect(screen.queryByTestId("rollup-completeness")).toBeNull();
  });

  it("is not there where the roll-up cannot be made (outside Excel)", () => {
    renderPanel({});
    expect(screen.queryByLabelText(texts.periodLabel)).toBeNull();
    expect(screen.queryByRole("button", { name: texts.run })).toBeNull();
  });
});
