/**
 * Phụ lục IV: the tasks carried over from last year, part A (KHCN) then part B (CĐS), one table per carried-over
 * programme in catalog order, numbered within its part, with 003's columns — part A gives each task's result before
 * its progress, under the programme's own header ("Báo cáo kết quả quý I/2026"); part B its progress, then its result.
 */
import type { Catalog, TaskProgramme } from "../../../domain/catalog/types";
import type { ConsolidatedTask, Consolidation } from "../../../domain/consolidation/types";
import { SUMMARY_SHEETS, summaryTexts } from "../../../domain/texts/summary";
import { PART_TITLES } from "../../../domain/texts/templates";
import type { Sheet, Workbook } from "../../model/types";
import { addAppendixSheet } from "./addAppendixSheet";
import type { AppendixColumn, AppendixRow, AppendixSection } from "./appendixTable";

const texts = summaryTexts.appendixIV;
const PARTS = ["A", "B"] as const;

/**
 * One set of widths serves both parts, whose last two columns swap (result, progress / progress, result), so those
 * two share the width a long text needs. They add up to APPENDIX_WIDTH.
 */
const COLUMNS: AppendixColumn[] = [
  { width: 5, align: "center" },
  { width: 26, align: "left" },
  { width: 13, align: "left" },
  { width: 11, align: "left" },
  { width: 20, align: "left" },
  { width: 21, align: "left" },
];

export interface CarriedOverAppendixInput {
  catalog: Catalog;
  consolidation: Consolidation;
}

function programmeRows(
  programme: TaskProgramme,
  catalog: Catalog,
  results: Map<string, ConsolidatedTask>,
): AppendixRow[] {
  return catalog.tasks
    .filter((task) => task.programmeId === programme.id)
    .flatMap((task): AppendixRow[] => {
      const result = results.get(task.id);
      if (!result) return [];
      const outcome =
        programme.part === "A" ? [result.description, result.statusText] : [result.statusText, result.description];
      return [{ kind: "item", cells: [task.stt, task.name, task.lead.raw, task.deadline.raw, ...outcome] }];
    });
}

function partSections(
  part: (typeof PARTS)[number],
  { catalog }: CarriedOverAppendixInput,
  results: Map<string, ConsolidatedTask>,
): AppendixSection[] {
  const tables = catalog.programmes
    .filter((programme) => programme.kind === "carried_over" && programme.part === part)
    .map((programme) => ({ programme, rows: programmeRows(programme, catalog, results) }))
    .filter(({ rows }) => rows.length > 0);
  return tables.map(({ programme, rows }, index) => ({
    // The part's title stands above its first table only.
    headings: [...(index === 0 ? [PART_TITLES[part]] : []), texts.programmeHeading(index + 1, programme.title)],
    headers: texts.headers(part === "A" ? (programme.resultHeader ?? texts.defaultResultHeader) : undefined),
    rows,
  }));
}

export function addCarriedOverAppendix(workbook: Workbook, input: CarriedOverAppendixInput): Sheet {
  const results = new Map(input.consolidation.tasks.map((result) => [result.id, result]));
  return addAppendixSheet(workbook, {
    name: SUMMARY_SHEETS.appendixIV,
    label: texts.label,
    title: texts.title(input.catalog.year),
    columns: COLUMNS,
    sections: PARTS.flatMap((part) => partSections(part, input, results)),
    repeatHeader: false,
  });
}
