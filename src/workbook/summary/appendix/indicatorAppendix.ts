/** Phụ lục II: the indicators' results, part A (KHCN) then part B (CĐS), in the report's six columns. */
import type { Catalog, Indicator } from "../../../domain/catalog/types";
import type { ConsolidatedIndicator, Consolidation } from "../../../domain/consolidation/types";
import { appendixFigure } from "../../../domain/report/appendixFigure";
import { SUMMARY_SHEETS, summaryTexts } from "../../../domain/texts/summary";
import { PART_TITLES } from "../../../domain/texts/templates";
import type { Sheet, Workbook } from "../../model/types";
import { outlineRows } from "../../templates/outlineRows";
import { periodHeading } from "../periodHeading";
import { addAppendixSheet } from "./addAppendixSheet";
import type { AppendixColumn, AppendixRow, AppendixSection } from "./appendixTable";

const texts = summaryTexts.appendixII;

const COLUMNS: AppendixColumn[] = [
  { width: 5, align: "center" },
  { width: 34, align: "left" },
  { width: 14, align: "center" },
  { width: 11, align: "center" },
  { width: 17, align: "left" },
  { width: 15, align: "center" },
];

function rows(items: Indicator[], all: Indicator[], results: Map<string, ConsolidatedIndicator>): AppendixRow[] {
  return outlineRows(items, all, false).flatMap((line): AppendixRow[] => {
    // Parts are this appendix's sections, never rows inside one.
    if (line.kind === "part") return [];
    if (line.kind === "group") return [{ kind: "group", stt: line.group, title: line.title }];
    const indicator = line.item;
    const result = results.get(indicator.id);
    // A heading such as 8 prints its STT and name; its sub-rows 8.1–8.4 carry the figures.
    if (line.kind === "parent" || !result) {
      return [{ kind: "item", cells: [indicator.stt, indicator.name, null, null, null, null] }];
    }
    return [
      {
        kind: "item",
        italic: indicator.parentId !== undefined,
        cells: [
          indicator.stt,
          indicator.name,
          indicator.result2025,
          indicator.target2026,
          indicator.lead.raw,
          appendixFigure(indicator, result),
        ],
      },
    ];
  });
}

export function addIndicatorAppendix(
  workbook: Workbook,
  { catalog, consolidation }: { catalog: Catalog; consolidation: Consolidation },
): Sheet {
  const results = new Map(consolidation.indicators.map((result) => [result.id, result]));
  const items = catalog.indicators.filter((indicator) => results.has(indicator.id));
  const sections = (["A", "B"] as const).flatMap((part): AppendixSection[] => {
    const inPart = items.filter((indicator) => indicator.part === part);
    if (inPart.length === 0) return [];
    return [
      {
        headings: [PART_TITLES[part]],
        headers: texts.headers(part, catalog.year),
        rows: rows(inPart, catalog.indicators, results),
      },
    ];
  });
  return addAppendixSheet(workbook, {
    name: SUMMARY_SHEETS.appendixII,
    label: texts.label,
    title: texts.title(periodHeading(consolidation.period)),
    columns: COLUMNS,
    sections,
  });
}
