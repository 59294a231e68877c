/**
 * A recording fake of the slice of the Excel object model our writer uses. Like Office.js it
 * queues every property set and method call and runs them in order at context.sync(), which it
 * counts; a failing command stops the batch there (earlier ones stay done). Collections' items
 * can be read only after load + sync. A request whose JSON passes the payload limit is refused
 * whole, as Excel on the web does at 5 MB.
 */
import { EXCEL_WEB_REQUEST_LIMIT_BYTES } from "../../../src/workbook/excel/chunkWrites";
import { parseRange } from "../../../src/workbook/model/addresses";

export interface Recorded {
  /** "" for sheet-wide settings (freezePanes, pageLayout, protection). */
  range: string;
  path: string;
  value: unknown;
}

export interface FakeCell {
  value: unknown;
  numberFormat: unknown;
}

/** An Excel table: its name is unique in the workbook; it goes when its sheet is deleted. */
export interface FakeTable {
  name: string;
  range: string;
  hasHeaders: boolean;
}

export class FakeSheet {
  visibility = "Visible";
  readonly cells = new Map<string, FakeCell>();
  readonly records: Recorded[] = [];
  readonly merges: string[] = [];
  readonly tables: FakeTable[] = [];
  constructor(public name: string) {}

  /** The values set on `path`, with the ranges they were set on. */
  recorded(path: string): Recorded[] {
    return this.records.filter((record) => record.path === path);
  }

  cell(a1: string): FakeCell | undefined {
    return this.cells.get(a1);
  }
}

interface Command {
  describe: () => string;
  run: () => void;
  bytes: number;
}

function payloadBytes(value: unknown): number {
  const json = JSON.stringify(value, (_, v) => (v instanceof FakeRange ? v.address : v));
  return new TextEncoder().encode(json ?? "").length;
}

function cellKey(row: number, col: number): string {
  let letters = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return `${letters}${row}`;
}

class FakeWorksheet {
  private target?: FakeSheet;
  constructor(
    private readonly excel: FakeExcel,
    private readonly lookup: () => FakeSheet,
  ) {}

  resolve(): FakeSheet {
    this.target ??= this.lookup();
    return this.target;
  }

  get name(): string {
    return this.resolve().name;
  }
  set name(value: string) {
    this.excel.queue(`rename ${value}`, value, () => {
      if (this.excel.find(value) && this.excel.find(value) !== this.resolve())
        throw new Error(`ItemAlreadyExists: ${value}`);
      this.resolve().name = value;
    });
  }

  get position(): number {
    return this.excel.sheets.indexOf(this.resolve());
  }
  set position(value: number) {
    this.excel.queue(`move ${value}`, value, () => {
      const sheet = this.resolve();
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
      this.excel.sheets.splice(value, 0, sheet);
    });
  }

  set visibility(value: string) {
    this.excel.queue(`visibility ${value}`, value, () => (this.resolve().visibility = value));
  }

  delete(): void {
    this.excel.queue("delete", null, () => {
      const sheet = this.resolve();
      this.excel.sheets.splice(this.excel.sheets.indexOf(sheet), 1);
    });
  }

  activate(): void {
    this.excel.queue("activate", null, () => (this.excel.active = this.resolve()));
  }

  getRange(address: string): FakeRange {
    return new FakeRange(this.excel, this, address);
  }

  get tables() {
    const excel = this.excel;
    return {
      add: (address: string, hasHeaders: boolean) => {
        const table: FakeTable = { name: "", range: address, hasHeaders };
        excel.queue(`add table ${address}`, [address, hasHeaders], () => {
          table.name = excel.freeTableName();
          this.resolve().tables.push(table);
        });
        return {
          set name(value: string) {
            excel.queue(`name table ${value}`, value, () => {
              if (excel.tableNamed(value) && excel.tableNamed(value) !== table)
                throw new Error(`ItemAlreadyExists: table ${value}`);
              table.name = value;
            });
          },
        };
      },
    };
  }

  get freezePanes(): unknown {
    return this.excel.recorder(this, "", "freezePanes");
  }
  get protection(): unknown {
    return this.excel.recorder(this, "", "protection");
  }
  get pageLayout(): unknown {
    return this.excel.recorder(this, "", "pageLayout");
  }
}

class FakeRange {
  constructor(
    private readonly excel: FakeExcel,
    readonly sheet: FakeWorksheet,
    readonly address: string,
  ) {}

  private writeMatrix(field: keyof FakeCell, matrix: unknown[][]) {
    this.excel.queue(`${this.address} ${field}`, matrix, () => {
      const b = parseRange(this.address);
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
        throw new Error(`InvalidArgument: ${field} is not ${rows}×${cols} for ${this.address}`);
      }
      const sheet = this.sheet.resolve();
      matrix.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = cellKey(b.top + r, b.left + c);
          const cell = sheet.cells.get(key) ?? { value: "", numberFormat: "General" };
          sheet.cells.set(key, { ...cell, [field]: entry });
        }),
      );
    });
  }

  set values(matrix: unknown[][]) {
    this.writeMatrix("value", matrix);
  }
  set numberFormat(matrix: unknown[][]) {
    this.writeMatrix("numberFormat", matrix);
  }

  set hyperlink(value: unknown) {
    this.excel.queue(`${this.address} hyperlink`, value, () =>
      this.sheet.resolve().records.push({ range: this.address, path: "hyperlink", value }),
    );
  }

  merge(across?: boolean): void {
    this.excel.queue(`${this.address} merge`, across ?? false, () => this.sheet.resolve().merges.push(this.address));
  }

  get format(): unknown {
    return this.excel.recorder(this.sheet, this.address, "format");
  }
  get dataValidation(): unknown {
    return this.excel.recorder(this.sheet, this.address, "dataValidation");
  }
  get conditionalFormats(): unknown {
    return this.excel.recorder(this.sheet, this.address, "conditionalFormats");
  }
}

export class FakeExcel {
  sheets: FakeSheet[];
  readonly names = new Map<string, { sheet: FakeSheet; range: string }>();
  active?: FakeSheet;
  syncCount = 0;
  /** JSON bytes of each request sent. */
  readonly requestBytes: number[] = [];
  /** Makes the command whose description matches fail, as Excel would refuse it. */
  failWhen?: (description: string) => boolean;
  private pending: Command[] = [];
  /** Which collections were loaded by a finished sync. */
  readonly loaded = { sheets: false, names: false };
  private callCounts = new Map<string, number>();

  constructor(
    sheetNames: string[] = ["Sheet1"],
    private readonly payloadLimit = EXCEL_WEB_REQUEST_LIMIT_BYTES,
  ) {
    this.sheets = sheetNames.map((name) => new FakeSheet(name));
  }

  /** The workbook's table of this name, on any sheet. */
  tableNamed(name: string): FakeTable | undefined {
    return this.sheets
      .flatMap((sheet) => sheet.tables)
      .find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  /** Excel names a new table Table1, Table2…: the first name not taken. */
  freeTableName(): string {
    let n = 1;
    while (this.tableNamed(`Table${n}`)) n++;
    return `Table${n}`;
  }

  find(name: string): FakeSheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  /** A live sheet by name; throws if there is none. */
  sheet(name: string): FakeSheet {
    const sheet = this.find(name);
    if (!sheet) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  }

  queue(description: string, payload: unknown, run: () => void): void {
    this.pending.push({ describe: () => description, run, bytes: payloadBytes(payload) });
  }

  /** Records every property set below `path` on the sheet; calls return a recorder of their own. */
  recorder(sheet: FakeWorksheet, range: string, path: string): unknown {
    const record = (fullPath: string, value: unknown) =>
      this.queue(`${range} ${fullPath}`, value, () => sheet.resolve().records.push({ range, path: fullPath, value }));
    const make = (current: string): unknown =>
      new Proxy(function () {}, {
        get: (_, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : make(`${current}.${prop}`)),
        set: (_, prop, value) => {
          record(`${current}.${String(prop)}`, value);
          return true;
        },
        apply: (_, __, args: unknown[]) => {
          record(
            `${current}()`,
            args.map((arg) => (arg instanceof FakeRange ? arg.address : arg)),
          );
          const counter = `${range}|${current}`;
          const n = this.callCounts.get(counter) ?? 0;
          this.callCounts.set(counter, n + 1);
          return make(`${current}[${n}]`);
        },
      });
    return make(path);
  }

  readonly context = {
    workbook: { worksheets: worksheetsCollection(this), names: namesCollection(this) },
    sync: () => this.sync(),
  };

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.syncCount++;
    const bytes = batch.reduce((sum, command) => sum + command.bytes, 0);
    this.requestBytes.push(bytes);
    if (bytes > this.payloadLimit) throw new Error(`RequestPayloadSizeLimitExceeded: ${bytes} bytes`);
    for (const command of batch) {
      if (this.failWhen?.(command.describe())) throw new Error(`GeneralException at ${command.describe()}`);
      command.run();
    }
  }

  /** The fake, typed as what the writer expects. */
  get requestContext(): Excel.RequestContext {
    return this.context as unknown as Excel.RequestContext;
  }
}

function worksheetsCollection(excel: FakeExcel) {
  return {
    load(_: string) {
      excel.queue("load worksheets", null, () => (excel.loaded.sheets = true));
    },
    get items() {
      if (!excel.loaded.sheets) throw new Error("PropertyNotLoaded: worksheets.items");
      return excel.sheets.map((sheet) => new FakeWorksheet(excel, () => sheet));
    },
    add(name: string) {
      const created = new FakeSheet(name);
      excel.queue(`add ${name}`, name, () => {
        if (excel.find(name)) throw new Error(`ItemAlreadyExists: ${name}`);
        excel.sheets.push(created);
      });
      return new FakeWorksheet(excel, () => created);
    },
    getItem(name: string) {
      return new FakeWorksheet(excel, () => {
        const found = excel.find(name);
        if (!found) throw new Error(`ItemNotFound: ${name}`);
        return found;
      });
    },
  };
}

function namesCollection(excel: FakeExcel) {
  return {
    load(_: string) {
      excel.queue("load names", null, () => (excel.loaded.names = true));
    },
    get items() {
      if (!excel.loaded.names) throw new Error("PropertyNotLoaded: names.items");
      return [...excel.names.keys()].map((name) => ({ name }));
    },
    add(name: string, reference: FakeRange) {
      excel.queue(`name ${name}`, [name, reference], () => {
        if (excel.names.has(name)) throw new Error(`ItemAlreadyExists: name ${name}`);
        excel.names.set(name, { sheet: reference.sheet.resolve(), range: reference.address });
      });
    },
    getItem(name: string) {
      return {
        delete: () => excel.queue(`delete name ${name}`, name, () => excel.names.delete(name)),
      };
    },
  };
}
