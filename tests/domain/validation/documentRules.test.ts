import type { CellInput, DocumentEntry, Submission } from "../../../src/domain/submission/types";
import { check, codes, theFinding } from "./checkHelpers";
import { validationContext, validSubmission } from "./submissionBuilder";

const SHEET = "Văn bản";

/** Row `row` of the "Văn bản" table (data from row 5), as the unit typed it. */
function documentRow(row: number, [number, date, summary, taskId]: CellInput["raw"][]): DocumentEntry {
  const at = (column: string, raw: CellInput["raw"]): CellInput => ({ sheet: SHEET, cell: `${column}${row + 4}`, raw });
  return {
    row: String(row),
    number: at("B", number),
    date: at("C", date),
    summary: at("D", summary),
    taskId: at("E", taskId),
  };
}

function withDocuments(...rows: CellInput["raw"][][]): Submission {
  return { ...validSubmission("so-khcn"), documents: rows.map((row, i) => documentRow(i + 1, row)) };
}

const SUMMARY = "về việc triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh";

describe("the rules of the form's documents", () => {
  it("passes sound rows, whatever way the day is written, and hands them on tidied", () => {
    const result = check(
      withDocuments(
        ["2433/UBND-KGVX", "14/4/2026", SUMMARY, null],
        ["Số: 1055 / QĐ-UBND", "2026-04-29", "ban hành Kế hoạch chuyển đổi số", "NV.I.2"],
        ["83/KH-UBND", 46126, SUMMARY, null],
        ["225/TB-UBND", "31/03/2025", SUMMARY, null],
      ),
    );
    expect(result.findings).toEqual([]);
    expect(result.documents).toEqual([
      {
        number: "2433/UBND-KGVX",
        date: "2026-04-14",
        summary: SUMMARY,
        taskIds: [],
        cell: { sheet: SHEET, cell: "B5" },
      },
      {
        number: "1055/QĐ-UBND",
        date: "2026-04-29",
        summary: "ban hành Kế hoạch chuyển đổi số",
        taskIds: ["NV.I.2"],
        cell: { sheet: SHEET, cell: "B6" },
      },
      { number: "83/KH-UBND", date: "2026-04-14", summary: SUMMARY, taskIds: [], cell: { sheet: SHEET, cell: "B7" } },
      { number: "225/TB-UBND", date: "2025-03-31", summary: SUMMARY, taskIds: [], cell: { sheet: SHEET, cell: "B8" } },
    ]);
  });

  it("refuses a số/ký hiệu that is not one, at its cell, naming the row, and keeps the document out", () => {
    const result = check(withDocuments(["abc", "14/4/2026", SUMMARY, null]));
    const finding = theFinding(result, "document_number_invalid");
    expect(finding).toMatchObject({ file: "so-khcn-2026-05.xlsx", unit: "so-khcn", sheet: SHEET, cell: "B5" });
    expect(finding.severity).toBe("error");
    expect(finding.message).toBe("Văn bản dòng 1 — Số, ký hiệu “abc” không đúng dạng số/ký hiệu văn bản.");
    expect(result.documents).toEqual([]);
    expect(result.status).toBe("accepted");
  });

  it("asks for the số/ký hiệu, the day and the trích yếu of a row that is used", () => {
    expect(codes(check(withDocuments([null, "14/4/2026", SUMMARY, null])))).toEqual(["document_number_missing"]);
    expect(codes(check(withDocuments(["83/KH-UBND", null, SUMMARY, null])))).toEqual(["document_date_missing"]);
    const noSummary = check(withDocuments(["83/KH-UBND", "14/4/2026", null, null]));
    expect(theFinding(noSummary, "document_summary_missing").cell).toBe("D5");
    expect(noSummary.documents).toEqual([]);
  });

  it("wants a real day, not after the as-of day, in the plan's year or the year before", () => {
    const notADay = check(withDocuments(["83/KH-UBND", "31/2/2026", SUMMARY, null]));
    expect(theFinding(notADay, "document_date_invalid")).toMatchObject({ cell: "C5" });
    const future = check(withDocuments(["83/KH-UBND", "15/5/2026", SUMMARY, null]));
    expect(theFinding(future, "document_date_future").message).toBe(
      "Văn bản dòng 1 — Ngày ban hành 15/5/2026 sau ngày tổng hợp 14/5/2026.",
    );
    expect(codes(check(withDocuments(["83/KH-UBND", "14/5/2026", SUMMARY, null])))).toEqual([]);
    const old = check(withDocuments(["83/KH-UBND", "31/12/2024", SUMMARY, null]));
    expect(theFinding(old, "document_date_outside_years").message).toBe(
      "Văn bản dòng 1 — Ngày ban hành 31/12/2024 nằm ngoài năm 2025 và năm 2026.",
    );
    // Checked on another day, the same row passes.
    const later = check(
      withDocuments(["83/KH-UBND", "15/5/2026", SUMMARY, null]),
      validationContext({ asOf: "2026-05-20" }),
    );
    expect(later.findings).toEqual([]);
  });

  it("warns on a task code the plan does not have, and still keeps the document", () => {
    const result = check(withDocuments(["83/KH-UBND", "14/4/2026", SUMMARY, "NV.I.2; NV.XX.9"]));
    const finding = theFinding(result, "document_task_unknown");
    expect(finding).toMatchObject({ severity: "warning", cell: "E5" });
    expect(finding.message).toContain("“NV.XX.9”");
    expect(finding.message).not.toContain("NV.I.2”");
    expect(result.documents?.map((document) => document.taskIds)).toEqual([["NV.I.2", "NV.XX.9"]]);
  });

  it("warns on a document listed twice in the table, however its number is typed, at the later row", () => {
    const result = check(
      withDocuments(
        ["1055/QĐ-UBND", "29/4/2026", SUMMARY, null],
        ["83/KH-UBND", "14/4/2026", SUMMARY, null],
        ["1055/qd-ubnd", "29/4/2026", SUMMARY, null],
      ),
    );
    const finding = theFinding(result, "document_repeated");
    expect(finding).toMatchObject({ severity: "warning", cell: "B7" });
    expect(finding.message).toBe("Văn bản dòng 3 — Số, ký hiệu trùng với văn bản dòng 1.");
    expect(result.documents).toHaveLength(3);
  });

  it("refuses an Excel error value in a row", () => {
    const row = documentRow(1, ["83/KH-UBND", null, SUMMARY, null]);
    const submission = {
      ...validSubmission("so-khcn"),
      documents: [{ ...row, date: { ...row.date!, error: "#VALUE!" } }],
    };
    expect(codes(check(submission))).toContain("document_error_value");
  });

  it("leaves a form without the documents table as it was", () => {
    const result = check(validSubmission("so-khcn"));
    expect(result.documents).toBeUndefined();
    expect(result.findings).toEqual([]);
  });
});
