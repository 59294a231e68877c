/**
 * The catalog as three sheets the officer can edit ("Danh mục chỉ tiêu / nhiệm vụ / đơn vị"), so next
 * year's plan is typed in, not coded. The header texts are the contract: columns are found by their
 * header, so the officer may reorder or widen them, but not rename them.
 */
import type { MeasureUnit } from "../language/types";
import type { ParseIssue, ParseResult } from "../result";
import type { CatalogRows, IndicatorRow, TaskRow } from "./buildCatalog";
import { catalogTableTexts as texts } from "../texts/catalogTables";
import { parseVietnameseNumber } from "../language/vietnameseNumber";
import type { AggregationRule, Population, ProgrammeKind, RevisionKind, TaskProgramme, Unit, UnitGroup } from "./types";
import { revisionDay, type RevisionRow } from "./parseRevisions";
import { REVISION_KIND_LABELS } from "./revisionKinds";
import { paddedVietnameseDate } from "../language/vietnameseDate";
import { dayFromSerial } from "../language/dayFromSerial";

export const CATALOG_SHEETS = {
  indicators: "Danh mục chỉ tiêu",
  programmes: "Danh mục chương trình",
  tasks: "Danh mục nhiệm vụ",
  units: "Danh mục đơn vị",
} as const;

export type CatalogSheetKey = keyof typeof CATALOG_SHEETS;

/**
 * Each sheet's cells as text, anchored at A1: tables[key][0][0] is cell A1, so row numbers are the sheet's. The
 * changes sheet is optional: a workbook made before it existed has none, and a plan without changes needs none.
 */
export type CatalogTables = Record<CatalogSheetKey, string[][]> & { revisions?: string[][] };

/** The fifth sheet: the catalog's dated changes, one per row (see catalogInForce). */
export const REVISION_SHEET = "Danh mục thay đổi";

export const REVISION_HEADERS = {
  kind: "Loại thay đổi",
  id: "Mã chỉ tiêu, nhiệm vụ hoặc đơn vị",
  from: "Áp dụng từ ngày",
  target: "Chỉ tiêu mới",
  name: "Tên mới của đơn vị",
  predecessors: "Mã các đơn vị được sáp nhập",
} as const;

/** Row 1 of the indicators sheet: this label, then the plan year in the next cell. */
export const YEAR_LABEL = "Năm kế hoạch";

/**
 * Row 1 of the indicators sheet, right of the year: the province's population (the base of the indicators counted
 * per population), the year of the figure and its source, each label followed by its value, in these columns.
 */
export const POPULATION_LABELS = {
  people: "Số dân của tỉnh (người)",
  year: "Năm của số dân",
  source: "Nguồn số dân",
} as const;

/** The 1-based column of each population label in row 1; its value is in the next column. */
const POPULATION_COLUMNS: Readonly<Record<keyof typeof POPULATION_LABELS, number>> = { people: 6, year: 9, source: 12 };

/** Where the writer puts each header row; the reader looks for it instead of trusting the position. */
export const HEADER_ROWS: Readonly<Record<CatalogSheetKey, number>> = {
  indicators: 2,
  programmes: 1,
  tasks: 1,
  units: 1,
};

/** Rows are searched this far down for the header, so a title row or two inserted above does no harm. */
const HEADER_SEARCH_ROWS = 20;

// Each table's first column is its id.
export const INDICATOR_HEADERS = {
  id: "Mã chỉ tiêu",
  part: "Phần",
  group: "Nhóm",
  groupTitle: "Tên nhóm",
  stt: "STT",
  name: "Tên chỉ tiêu",
  parentId: "Mã chỉ tiêu cha",
  isHeading: "Dòng tiêu đề",
  result2025: "Kết quả năm trước",
  target2026: "Chỉ tiêu năm kế hoạch",
  measure: "Loại số liệu",
  lead: "Cơ quan chủ trì",
  coordinators: "Cơ quan phối hợp",
  aggregationRule: "Cách tổng hợp",
  aggregationReason: "Giải thích cách tổng hợp",
} as const;

export const PROGRAMME_HEADERS = {
  id: "Mã chương trình",
  kind: "Loại chương trình",
  part: "Phần",
  title: "Tên chương trình",
  source: "Văn bản giao",
  partial: "Danh mục chưa đủ",
  declaredTotal: "Tổng số nhiệm vụ theo văn bản",
  resultHeader: "Tên cột kết quả",
} as const;

export const TASK_HEADERS = {
  id: "Mã nhiệm vụ",
  programmeId: "Mã chương trình",
  group: "Nhóm",
  groupTitle: "Tên nhóm",
  stt: "STT",
  name: "Tên nhiệm vụ",
  parentId: "Mã nhiệm vụ cha",
  isHeading: "Dòng tiêu đề",
  lead: "Cơ quan chủ trì",
  coordinators: "Cơ quan phối hợp",
  product: "Sản phẩm",
  deadline: "Thời hạn hoàn thành",
} as const;

export const UNIT_HEADERS = {
  id: "Mã đơn vị",
  name: "Tên đơn vị",
  group: "Nhóm đơn vị",
  variants: "Tên gọi khác",
} as const;

type IndicatorKey = keyof typeof INDICATOR_HEADERS;
type ProgrammeKey = keyof typeof PROGRAMME_HEADERS;
type TaskKey = keyof typeof TASK_HEADERS;
type UnitKey = keyof typeof UNIT_HEADERS;

export const PART_LABELS: Readonly<Record<IndicatorRow["part"], string>> = { A: "A", B: "B" };

// No commas: Excel splits a validation list at them.
export const PROGRAMME_KIND_LABELS: Readonly<Record<ProgrammeKind, string>> = {
  plan: "Kế hoạch năm",
  carried_over: "Chuyển tiếp từ năm trước",
  assignment: "Văn bản giao nhiệm vụ",
};

export const MEASURE_LABELS: Readonly<Record<MeasureUnit, string>> = {
  percent: "Tỷ lệ %",
  count: "Số lượng",
  money: "Số tiền",
  none: "Không định lượng",
};

// No commas: Excel splits a validation list at them.
export const AGGREGATION_LABELS: Readonly<Record<AggregationRule, string>> = {
  lead_value: "Số liệu của cơ quan chủ trì",
  ratio: "Tổng tử số chia tổng mẫu số",
  sum: "Cộng số liệu các đơn vị",
  share_of_units: "Tỷ lệ đơn vị đạt chỉ tiêu",
  per_population: "Cộng số liệu rồi tính trên số dân",
};

export const UNIT_GROUP_LABELS: Readonly<Record<UnitGroup, string>> = {
  so: "Sở ban ngành",
  xa: "Xã phường",
  other: "Đơn vị khác",
};

/** A heading row is marked "x"; an ordinary row is left blank. */
export const HEADING_MARK = "x";
export const VARIANT_SEPARATOR = "; ";

type Headers<K extends string> = Readonly<Record<K, string>>;

function table<K extends string>(headers: Headers<K>, records: Record<K, string>[]): string[][] {
  const keys = Object.keys(headers) as K[];
  return [keys.map((key) => headers[key]), ...records.map((record) => keys.map((key) => record[key]))];
}

const flagText = (flag: boolean) => (flag ? HEADING_MARK : "");

function indicatorRecord(row: IndicatorRow): Record<IndicatorKey, string> {
  return {
    id: row.id,
    part: PART_LABELS[row.part],
    group: row.group,
    groupTitle: row.groupTitle,
    stt: row.stt,
    name: row.name,
    parentId: row.parentId ?? "",
    isHeading: flagText(row.isHeading),
    result2025: row.result2025,
    target2026: row.target2026,
    measure: MEASURE_LABELS[row.measure],
    lead: row.lead,
    coordinators: row.coordinators,
    aggregationRule: AGGREGATION_LABELS[row.aggregation.rule],
    aggregationReason: row.aggregation.reason,
  };
}

function programmeRecord(programme: TaskProgramme): Record<ProgrammeKey, string> {
  return {
    id: programme.id,
    kind: PROGRAMME_KIND_LABELS[programme.kind],
    part: PART_LABELS[programme.part],
    title: programme.title,
    source: programme.source,
    partial: flagText(programme.partial),
    declaredTotal: programme.declaredTotal === undefined ? "" : String(programme.declaredTotal),
    resultHeader: programme.resultHeader ?? "",
  };
}

function taskRecord(row: TaskRow): Record<TaskKey, string> {
  return {
    id: row.id,
    programmeId: row.programmeId,
    group: row.group,
    groupTitle: row.groupTitle,
    stt: row.stt,
    name: row.name,
    parentId: row.parentId ?? "",
    isHeading: flagText(row.isHeading),
    lead: row.lead,
    coordinators: row.coordinators,
    product: row.product,
    deadline: row.deadline,
  };
}

function unitRecord(unit: Unit): Record<UnitKey, string> {
  return {
    id: unit.id,
    name: unit.name,
    group: UNIT_GROUP_LABELS[unit.group],
    variants: unit.variants.join(VARIANT_SEPARATOR),
  };
}

/** "Năm kế hoạch | 2026", then the population's labels and values at POPULATION_COLUMNS ("" between them). */
function firstIndicatorRow({ year, population }: CatalogRows): string[] {
  const row = [YEAR_LABEL, String(year)];
  for (const key of Object.keys(POPULATION_LABELS) as (keyof typeof POPULATION_LABELS)[]) {
    const column = POPULATION_COLUMNS[key];
    while (row.length < column - 1) row.push("");
    row.push(POPULATION_LABELS[key], population === undefined ? "" : String(population[key]));
  }
  return row;
}

function revisionRecord(row: RevisionRow): Record<keyof typeof REVISION_HEADERS, string> {
  const day = revisionDay(row.from);
  return {
    kind: REVISION_KIND_LABELS[row.kind as RevisionKind] ?? row.kind,
    id: row.id,
    from: day ? paddedVietnameseDate(day) : row.from,
    target: row.target ?? "",
    name: row.name ?? "",
    predecessors: (row.predecessors ?? []).join(VARIANT_SEPARATOR),
  };
}

/** The four sheets' cell texts for these rows, header rows at HEADER_ROWS; the changes' sheet when there are any. */
export function catalogTablesFromRows(rows: CatalogRows): CatalogTables {
  const revisions = rows.revisions ?? [];
  return {
    indicators: [firstIndicatorRow(rows), ...table(INDICATOR_HEADERS, rows.indicators.map(indicatorRecord))],
    programmes: table(PROGRAMME_HEADERS, rows.programmes.map(programmeRecord)),
    tasks: table(TASK_HEADERS, rows.tasks.map(taskRecord)),
    units: table(UNIT_HEADERS, rows.units.map(unitRecord)),
    ...(revisions.length === 0 ? {} : { revisions: table(REVISION_HEADERS, revisions.map(revisionRecord)) }),
  };
}

const cellText = (value: string | undefined) => (value ?? "").normalize("NFC").trim();
const sameText = (a: string | undefined, b: string) =>
  cellText(a).toLocaleLowerCase("vi") === b.normalize("NFC").toLocaleLowerCase("vi");

interface SheetRecord<K extends string> {
  /** 1-based, as Excel numbers the row. */
  row: number;
  cells: Record<K, string>;
}

/** The sheet's non-empty rows under its header, each cell found by its column's header text. */
function readRecords<K extends string>(
  rows: string[][],
  sheet: string,
  headers: Headers<K>,
  issues: ParseIssue[],
): SheetRecord<K>[] {
  const keys = Object.keys(headers) as K[];
  const idHeader = headers[keys[0]];
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex((row) => row.some((c) => sameText(c, idHeader)));
  if (headerIndex < 0) {
    issues.push({ path: [sheet], code: "missing_header_row", message: texts.missingHeaderRow(sheet, idHeader) });
    return [];
  }
  const headerRow = rows[headerIndex];
  const columns = keys.map((key) => headerRow.findIndex((c) => sameText(c, headers[key])));
  const missing = keys.filter((_, i) => columns[i] < 0).map((key) => headers[key]);
  if (missing.length > 0) {
    issues.push({
      path: [sheet, headerIndex + 1],
      code: "missing_header",
      message: texts.missingHeaders(sheet, missing),
    });
    return [];
  }
  const records = rows.slice(headerIndex + 1).flatMap((row, i): SheetRecord<K>[] => {
    const cells = Object.fromEntries(keys.map((key, k) => [key, cellText(row[columns[k]])])) as Record<K, string>;
    return keys.some((key) => cells[key] !== "") ? [{ row: headerIndex + 2 + i, cells }] : [];
  });
  if (records.length === 0) issues.push({ path: [sheet], code: "no_rows", message: texts.noRows(sheet) });
  return records;
}

/** Records with an id, each id once; the rest become issues. */
function identified<K extends string>(
  records: SheetRecord<K>[],
  sheet: string,
  headers: Headers<K>,
  issues: ParseIssue[],
): SheetRecord<K>[] {
  const idKey = (Object.keys(headers) as K[])[0];
  const firstRow = new Map<string, number>();
  return records.filter(({ row, cells }) => {
    const id = cells[idKey];
    if (id === "") {
      issues.push({ path: [sheet, row], code: "empty_id", message: texts.emptyId(sheet, row, headers[idKey]) });
      return false;
    }
    const first = firstRow.get(id);
    if (first !== undefined) {
      issues.push({ path: [sheet, row, id], code: "duplicate_id", message: texts.duplicateId(sheet, row, id, first) });
      return false;
    }
    firstRow.set(id, row);
    return true;
  });
}

/** Reads one record's cells, reporting each bad one with the sheet, row and id. */
function fieldReader<K extends string>(
  sheet: string,
  headers: Headers<K>,
  { row, cells }: SheetRecord<K>,
  issues: ParseIssue[],
) {
  const id = cells[(Object.keys(headers) as K[])[0]];
  const report = (key: K, code: string, message: string) =>
    issues.push({ path: [sheet, row, id, headers[key]], code, message });
  return {
    id,
    text: (key: K) => cells[key],
    required(key: K): string {
      if (cells[key] === "") report(key, "empty_field", texts.emptyField(sheet, row, id, headers[key]));
      return cells[key];
    },
    choice<T extends string>(key: K, labels: Readonly<Record<T, string>>, code: string): T | undefined {
      const found = (Object.keys(labels) as T[]).find((value) => sameText(cells[key], labels[value]));
      if (found === undefined) {
        const choices = Object.values<string>(labels);
        report(key, code, texts.unknownChoice(sheet, row, id, headers[key], cells[key], choices));
      }
      return found;
    },
    /** "x" or blank; `message` says what the mark means in this column (a heading row by default). */
    flag(key: K, message = texts.badFlag): boolean | undefined {
      if (cells[key] === "") return false;
      if (sameText(cells[key], HEADING_MARK)) return true;
      report(key, "bad_flag", message(sheet, row, id, headers[key], cells[key]));
      return undefined;
    },
    /** A whole number ≥ 1, or nothing when the cell is empty; `null` when the cell holds anything else. */
    count(key: K): number | undefined | null {
      if (cells[key] === "") return undefined;
      if (/^\d+$/.test(cells[key]) && Number(cells[key]) > 0) return Number(cells[key]);
      report(key, "bad_count", texts.badCount(sheet, row, id, headers[key], cells[key]));
      return null;
    },
    parent(key: K, ids: Set<string>): { parentId?: string } {
      const parentId = cells[key];
      if (parentId === "") return {};
      if (!ids.has(parentId))
        report(key, "unknown_parent", texts.unknownParent(sheet, row, id, headers[key], parentId));
      return { parentId };
    },
  };
}

type FieldReader<K extends string> = ReturnType<typeof fieldReader<K>>;

function indicatorRow(read: FieldReader<IndicatorKey>, ids: Set<string>): IndicatorRow | undefined {
  const name = read.required("name");
  const part = read.choice("part", PART_LABELS, "unknown_part");
  const isHeading = read.flag("isHeading");
  const measure = read.choice("measure", MEASURE_LABELS, "unknown_measure");
  const rule = read.choice("aggregationRule", AGGREGATION_LABELS, "unknown_aggregation");
  const parent = read.parent("parentId", ids);
  if (!part || isHeading === undefined || !measure || !rule) return undefined;
  return {
    id: read.id,
    part,
    group: read.text("group"),
    groupTitle: read.text("groupTitle"),
    stt: read.text("stt"),
    name,
    ...parent,
    isHeading,
    result2025: read.text("result2025"),
    target2026: read.text("target2026"),
    measure,
    lead: read.text("lead"),
    coordinators: read.text("coordinators"),
    aggregation: { rule, reason: read.text("aggregationReason") },
  };
}

function programmeRow(read: FieldReader<ProgrammeKey>): TaskProgramme | undefined {
  const title = read.required("title");
  const kind = read.choice("kind", PROGRAMME_KIND_LABELS, "unknown_programme_kind");
  const part = read.choice("part", PART_LABELS, "unknown_part");
  const partial = read.flag("partial", texts.badPartialFlag);
  const declaredTotal = read.count("declaredTotal");
  const resultHeader = read.text("resultHeader");
  if (!kind || !part || partial === undefined || declaredTotal === null) return undefined;
  return {
    id: read.id,
    kind,
    part,
    title,
    source: read.text("source"),
    partial,
    ...(declaredTotal !== undefined && { declaredTotal }),
    ...(resultHeader !== "" && { resultHeader }),
  };
}

function taskRow(read: FieldReader<TaskKey>, ids: Set<string>): TaskRow | undefined {
  const name = read.required("name");
  const programmeId = read.required("programmeId");
  const isHeading = read.flag("isHeading");
  const parent = read.parent("parentId", ids);
  if (isHeading === undefined) return undefined;
  return {
    id: read.id,
    programmeId,
    group: read.text("group"),
    groupTitle: read.text("groupTitle"),
    stt: read.text("stt"),
    name,
    ...parent,
    isHeading,
    lead: read.text("lead"),
    coordinators: read.text("coordinators"),
    product: read.text("product"),
    deadline: read.text("deadline"),
  };
}

function unitRow(read: FieldReader<UnitKey>): Unit | undefined {
  const name = read.required("name");
  const group = read.choice("group", UNIT_GROUP_LABELS, "unknown_unit_group");
  if (!group) return undefined;
  const variants = read
    .text("variants")
    .split(VARIANT_SEPARATOR.trim())
    .map((variant) => variant.trim())
    .filter((variant) => variant !== "");
  return { id: read.id, name, group, variants };
}

function readSheet<K extends string, T>(
  rows: string[][],
  key: CatalogSheetKey,
  headers: Headers<K>,
  toRow: (read: FieldReader<K>, ids: Set<string>) => T | undefined,
  issues: ParseIssue[],
): T[] {
  const sheet = CATALOG_SHEETS[key];
  const records = identified(readRecords(rows, sheet, headers, issues), sheet, headers, issues);
  const ids = new Set(records.map((record) => record.cells[(Object.keys(headers) as K[])[0]]));
  return records.flatMap((record) => toRow(fieldReader(sheet, headers, record, issues), ids) ?? []);
}

/** The text right of `label`, wherever in the first rows the officer moved it; "" when there is none. */
function labelledText(rows: string[][], label: string): string {
  const labelled = rows.slice(0, HEADER_SEARCH_ROWS).find((row) => row.some((c) => sameText(c, label)));
  return labelled ? cellText(labelled[labelled.findIndex((c) => sameText(c, label)) + 1]) : "";
}

function readYear(rows: string[][], issues: ParseIssue[]): number | undefined {
  const sheet = CATALOG_SHEETS.indicators;
  const text = labelledText(rows, YEAR_LABEL);
  if (text === "") {
    issues.push({ path: [sheet, YEAR_LABEL], code: "missing_year", message: texts.missingYear(sheet, YEAR_LABEL) });
    return undefined;
  }
  if (!/^\d{4}$/.test(text)) {
    issues.push({ path: [sheet, YEAR_LABEL], code: "bad_year", message: texts.badYear(sheet, text) });
    return undefined;
  }
  return Number(text);
}

/**
 * The population typed right of its labels; none when its number is left empty (per-population indicators then
 * say so in the summary), an issue when what is typed is not a number of people or a year.
 */
function readPopulation(rows: string[][], issues: ParseIssue[]): Population | undefined {
  const sheet = CATALOG_SHEETS.indicators;
  const peopleText = labelledText(rows, POPULATION_LABELS.people);
  if (peopleText === "") return undefined;
  const people = parseVietnameseNumber(peopleText);
  if (!people.ok || !Number.isInteger(people.value) || people.value <= 0) {
    const label = POPULATION_LABELS.people;
    issues.push({
      path: [sheet, label],
      code: "bad_population",
      message: texts.badPopulation(sheet, label, peopleText),
    });
    return undefined;
  }
  const yearText = labelledText(rows, POPULATION_LABELS.year);
  if (!/^\d{4}$/.test(yearText)) {
    const label = POPULATION_LABELS.year;
    issues.push({
      path: [sheet, label],
      code: "bad_population_year",
      message: texts.badPopulationYear(sheet, label, yearText),
    });
    return undefined;
  }
  return { people: people.value, year: Number(yearText), source: labelledText(rows, POPULATION_LABELS.source) };
}

/**
 * The catalog rows typed in the four sheets. Every problem is an issue naming the sheet and row
 * (and the id when there is one); texts are kept as typed (NFC, trimmed) for buildCatalog to parse.
 */
export function catalogRowsFromTables(tables: CatalogTables): ParseResult<CatalogRows> {
  const issues: ParseIssue[] = [];
  const year = readYear(tables.indicators, issues);
  const population = readPopulation(tables.indicators, issues);
  const indicators = readSheet(tables.indicators, "indicators", INDICATOR_HEADERS, indicatorRow, issues);
  const programmes = readSheet(tables.programmes, "programmes", PROGRAMME_HEADERS, programmeRow, issues);
  const tasks = readSheet(tables.tasks, "tasks", TASK_HEADERS, taskRow, issues);
  const units = readSheet(tables.units, "units", UNIT_HEADERS, unitRow, issues);
  const revisions = tables.revisions ? readRevisions(tables.revisions, issues).map(({ revision }) => revision) : [];
  if (issues.length > 0 || year === undefined) return { ok: false, issues };
  const withPopulation = population === undefined ? {} : { population };
  const withRevisions = revisions.length === 0 ? {} : { revisions };
  return { ok: true, value: { year, ...withPopulation, indicators, programmes, tasks, units, ...withRevisions } };
}

/** A day Excel kept as its serial number (the officer typed it into a cell formatted as a date) → "2026-05-20". */
const dayText = (text: string) => (/^\d{5}$/.test(text) ? dayFromSerial(Number(text)) : text);

/**
 * The changes typed in their sheet, each with its row; an empty sheet is no changes. Their kinds, days and ids are
 * checked when the catalog is built (parseRevisions), where every item they name is known.
 */
function readRevisions(rows: string[][], issues: ParseIssue[]): { row: number; revision: RevisionRow }[] {
  const found: ParseIssue[] = [];
  const records = readRecords(rows, REVISION_SHEET, REVISION_HEADERS, found);
  issues.push(...found.filter((issue) => issue.code !== "no_rows"));
  return records.map(({ row, cells }) => {
    const predecessors = cells.predecessors
      .split(VARIANT_SEPARATOR.trim())
      .map((id) => id.trim())
      .filter((id) => id !== "");
    return {
      row,
      revision: {
        kind: cells.kind,
        id: cells.id,
        from: dayText(cells.from),
        ...(cells.target === "" ? {} : { target: cells.target }),
        ...(cells.name === "" ? {} : { name: cells.name }),
        ...(predecessors.length === 0 ? {} : { predecessors }),
      },
    };
  });
}

/** The sheet row of each change, in the order buildCatalog numbers them (its issues say "revisions", index). */
export function revisionRowNumbers(tables: CatalogTables): number[] {
  return tables.revisions ? readRevisions(tables.revisions, []).map(({ row }) => row) : [];
}

export interface CatalogRowLocation {
  sheet: string;
  row: number;
}

/** Where each id was typed (its first row), to point buildCatalog's issues at a row of a sheet. */
export function catalogRowLocations(tables: CatalogTables): Map<string, CatalogRowLocation> {
  const locations = new Map<string, CatalogRowLocation>();
  const add = <K extends string>(key: CatalogSheetKey, headers: Headers<K>) => {
    const sheet = CATALOG_SHEETS[key];
    const idKey = (Object.keys(headers) as K[])[0];
    for (const { row, cells } of readRecords(tables[key], sheet, headers, [])) {
      if (cells[idKey] !== "" && !locations.has(cells[idKey])) locations.set(cells[idKey], { sheet, row });
    }
  };
  add("indicators", INDICATOR_HEADERS);
  add("programmes", PROGRAMME_HEADERS);
  add("tasks", TASK_HEADERS);
  add("units", UNIT_HEADERS);
  return locations;
}
