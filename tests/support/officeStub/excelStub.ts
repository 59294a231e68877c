/**
 * An in-page stand-in for office.js, served in its place to the built task pane: Office reports host Excel with
 * the ExcelApi level the test chose, keeps the document settings in memory, and Excel.run hands the pane a
 * request context over one in-memory workbook shared by every call.
 *
 * As in Office.js, property sets and method calls are queued and run in order at context.sync() (Excel.run
 * syncs once more when the batch returns); a failing command rejects the sync and drops the rest of the batch;
 * loaded properties can be read only after the sync that ran the load, and only those named in load(). Excel's
 * own refusals the pane must respect are kept: duplicate or invalid sheet names, deleting the last visible
 * sheet, activating a hidden one. Formatting, validation, page layout and protection are recorded, not applied.
 * Inserted workbooks are parsed with ExcelJS's browser build, as tests/workbook/excel/fakeWorkbookReads.ts does.
 *
 * The state is on window.__excelStub (see stubTypes.ts); the config comes from window.__excelStubConfig.
 */
import ExcelJS from "exceljs";
import { address, parseRange } from "../../../src/workbook/model/addresses";
import { boundingBox, sheetsOf, type Box } from "../../workbook/excel/fakeWorkbookReads";
import type {
  ExcelStubHandle,
  StubCell,
  StubConfig,
  StubRecord,
  StubSeedSheet,
  StubSelection,
  StubState,
  StubTable,
  Visibility,
} from "./stubTypes";

interface Sheet {
  name: string;
  visibility: Visibility;
  cells: Map<string, StubCell>;
  merges: string[];
  records: StubRecord[];
  /** Excel tables: a name unique in the workbook; they go with their sheet. */
  tables: StubTable[];
}

type Command = () => void | Promise<void>;

const EMPTY: StubCell = { value: "", numberFormat: "General", valueType: "Empty" };
const VISIBILITY: Record<string, Visibility> = { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" };
const FORBIDDEN_IN_NAME = /[[\]:*?/\\]/;

function officeError(code: string, message: string): Error {
  const error = new Error(`${code}: ${message}`);
  error.name = "RichApi.Error";
  return Object.assign(error, { code });
}

function notLoaded(what: string): Error {
  return officeError("PropertyNotLoaded", `${what} is not loaded; call load() and context.sync() first.`);
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** The property names a load() asks for ("values,rowIndex", ["values"], "items/name") → a set, "*" for all. */
function loadedNames(properties: unknown): Set<string> {
  if (properties === undefined) return new Set(["*"]);
  const list = Array.isArray(properties)
    ? properties.map(String)
    : typeof properties === "string"
      ? properties.split(",")
      : Object.keys((properties as { select?: string }).select ?? (properties as object));
  return new Set(list.map((name) => name.trim().replace(/^items\//, "")));
}

function checkSheetName(name: string): void {
  if (
    name.trim() === "" ||
    name.length > 31 ||
    FORBIDDEN_IN_NAME.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw officeError("InvalidArgument", `"${name}" is not a valid sheet name.`);
  }
}

function newSheet(name: string, visibility: Visibility = "Visible", cells = new Map<string, StubCell>()): Sheet {
  return { name, visibility, cells, merges: [], records: [], tables: [] };
}

function seededSheet(seed: StubSeedSheet): Sheet {
  return newSheet(seed.name, VISIBILITY[seed.state] ?? "Visible", new Map(seed.cells));
}

/** What Excel keeps of an entry written to a cell: a leading apostrophe marks text and is not kept. */
function enteredCell(entry: unknown, previous: StubCell): StubCell {
  const numberFormat = previous.numberFormat;
  if (typeof entry === "number") return { value: entry, numberFormat, valueType: "Double" };
  if (typeof entry === "boolean") return { value: entry, numberFormat, valueType: "Boolean" };
  const text = entry === null || entry === undefined ? "" : String(entry);
  if (text === "") return { value: "", numberFormat, valueType: "Empty" };
  if (text.startsWith("'")) return { value: text.slice(1), numberFormat, valueType: "String" };
  // The stub computes nothing: a formula's value stays blank.
  if (text.startsWith("=") && numberFormat !== "@")
    return { value: "", formula: text, numberFormat, valueType: "Empty" };
  return { value: text, numberFormat, valueType: "String" };
}

class Workbook {
  sheets: Sheet[];
  readonly names = new Map<string, { sheet: Sheet; range: string }>();
  active?: Sheet;
  readonly selections: StubSelection[] = [];
  runs = 0;
  syncs = 0;
  insertedWorkbooks = 0;

  constructor(seed: StubSeedSheet[] | undefined) {
    this.sheets = seed && seed.length > 0 ? seed.map(seededSheet) : [newSheet("Sheet1")];
    this.active = this.sheets.find((sheet) => sheet.visibility === "Visible");
  }

  find(name: string): Sheet | undefined {
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === name.toLowerCase());
  }

  table(name: string): StubTable | undefined {
    return this.sheets
      .flatMap((sheet) => sheet.tables)
      .find((table) => table.name.toLowerCase() === name.toLowerCase());
  }

  remove(sheet: Sheet): void {
    const visible = this.sheets.filter((other) => other !== sheet && other.visibility === "Visible");
    if (visible.length === 0) throw officeError("InvalidOperation", "a workbook keeps at least one visible sheet.");
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.active === sheet) this.active = visible[0];
  }

  /** The cells that hold a value or formula (valuesOnly), or any cell written to. */
  usedBox(sheet: Sheet, valuesOnly: boolean): Box | undefined {
    return boundingBox(
      [...sheet.cells.entries()]
        .filter(([, cell]) => !valuesOnly || cell.value !== "" || cell.formula !== undefined)
        .map(([a1]) => a1),
    );
  }
}

class RequestContext {
  private pending: Command[] = [];
  readonly workbook: {
    worksheets: Worksheets;
    names: Names;
    insertWorksheetsFromBase64: (base64: string, options?: { positionType?: string }) => { value: undefined };
  };

  constructor(readonly book: Workbook) {
    this.workbook = {
      worksheets: new Worksheets(this),
      names: new Names(this),
      insertWorksheetsFromBase64: (base64, options = {}) => {
        if ((options.positionType ?? "End") !== "End") throw new Error("the stub inserts at the end only");
        this.queue(() => this.insert(base64));
        return { value: undefined };
      },
    };
  }

  queue(command: Command): void {
    this.pending.push(command);
  }

  async sync(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    this.book.syncs++;
    for (const command of batch) await command();
  }

  private async insert(base64: string): Promise<void> {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    const inserted = new ExcelJS.Workbook();
    await inserted.xlsx.load(bytes.buffer as ExcelJS.Buffer);
    const sheets = sheetsOf(inserted).map((sheet) =>
      seededSheet({ name: sheet.name, state: sheet.state, cells: [...sheet.cells.entries()] }),
    );
    for (const sheet of sheets) {
      checkSheetName(sheet.name);
      if (this.book.find(sheet.name)) throw officeError("InvalidArgument", `a sheet named ${sheet.name} exists.`);
    }
    this.book.sheets.push(...sheets);
    this.book.insertedWorkbooks++;
  }
}

/** Records every property set below `path`, and every call, which returns a recorder of its own. */
function recorder(context: RequestContext, sheet: Worksheet, range: string, path: string): unknown {
  const plain = (value: unknown): unknown =>
    value instanceof Range ? value.addressGiven : Array.isArray(value) ? value.map(plain) : clone(value);
  const record = (fullPath: string, value: unknown) =>
    context.queue(() => void sheet.resolve().records.push({ range, path: fullPath, value: plain(value) }));
  const make = (current: string): unknown =>
    new Proxy(function () {}, {
      get: (_, prop) => (prop === "then" || typeof prop === "symbol" ? undefined : make(`${current}.${String(prop)}`)),
      set: (_, prop, value) => {
        record(`${current}.${String(prop)}`, value);
        return true;
      },
      apply: (_, __, args: unknown[]) => {
        record(`${current}()`, args);
        return make(`${current}()`);
      },
    });
  return make(path);
}

interface SheetProps {
  name: string;
  position: number;
  visibility: Visibility;
}

class Worksheet {
  /** undefined: not looked up yet; null: a null object. */
  private target?: Sheet | null;
  private props?: SheetProps;
  private looked = false;

  constructor(
    private readonly context: RequestContext,
    private readonly lookup: () => Sheet | null,
    props?: SheetProps,
  ) {
    this.props = props;
  }

  /** The sheet, looked up when the first command needs it; a null object's commands fail. */
  resolve(): Sheet {
    if (this.target === undefined) this.target = this.lookup();
    this.looked = true;
    if (!this.target) throw officeError("ItemNotFound", "the worksheet does not exist.");
    return this.target;
  }

  resolveOrNull(): Sheet | null {
    if (this.target === undefined) this.target = this.lookup();
    this.looked = true;
    return this.target;
  }

  private book(): Workbook {
    return this.context.book;
  }

  get isNullObject(): boolean {
    if (!this.looked) throw notLoaded("worksheet.isNullObject");
    return this.target === null;
  }

  get name(): string {
    if (!this.props) throw notLoaded("worksheet.name");
    return this.props.name;
  }
  set name(value: string) {
    this.context.queue(() => {
      const sheet = this.resolve();
      checkSheetName(value);
      const other = this.book().find(value);
      if (other && other !== sheet) throw officeError("ItemAlreadyExists", `a sheet named ${value} exists.`);
      sheet.name = value;
    });
  }

  get position(): number {
    if (!this.props) throw notLoaded("worksheet.position");
    return this.props.position;
  }
  set position(value: number) {
    this.context.queue(() => {
      const sheets = this.book().sheets;
      const sheet = this.resolve();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }

  get visibility(): Visibility {
    if (!this.props) throw notLoaded("worksheet.visibility");
    return this.props.visibility;
  }
  set visibility(value: Visibility) {
    this.context.queue(() => {
      const sheet = this.resolve();
      const othersVisible = this.book().sheets.some((other) => other !== sheet && other.visibility === "Visible");
      if (value !== "Visible" && !othersVisible)
        throw officeError("InvalidOperation", "no visible sheet would remain.");
      sheet.visibility = value;
    });
  }

  load(_properties?: unknown): this {
    this.context.queue(() => {
      const sheet = this.resolveOrNull();
      if (sheet) {
        const position = this.book().sheets.indexOf(sheet);
        this.props = { name: sheet.name, position, visibility: sheet.visibility };
      }
    });
    return this;
  }

  delete(): void {
    this.context.queue(() => this.book().remove(this.resolve()));
  }

  activate(): void {
    this.context.queue(() => {
      const sheet = this.resolve();
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", `${sheet.name} is hidden.`);
      this.book().active = sheet;
    });
  }

  getRange(a1?: string): Range {
    return new Range(this.context, this, { kind: "address", address: a1 ?? "A1:XFD1048576" });
  }

  getUsedRange(valuesOnly?: boolean): Range {
    return new Range(this.context, this, { kind: "used", valuesOnly: valuesOnly === true, nullable: false });
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): Range {
    return new Range(this.context, this, { kind: "used", valuesOnly: valuesOnly === true, nullable: true });
  }

  get freezePanes(): unknown {
    return recorder(this.context, this, "", "freezePanes");
  }
  get protection(): unknown {
    return recorder(this.context, this, "", "protection");
  }
  get pageLayout(): unknown {
    return recorder(this.context, this, "", "pageLayout");
  }

  /** tables.add(address, hasHeaders) (ExcelApi 1.1): Excel names it Table1, Table2… until the add-in renames it. */
  get tables(): { add(address: string, hasHeaders: boolean): { name: string } } {
    const context = this.context;
    return {
      add: (address, hasHeaders) => {
        const table: StubTable = { name: "", range: address, hasHeaders };
        context.queue(() => {
          const sheet = this.resolve();
          parseRange(address);
          let n = 1;
          while (context.book.table(`Table${n}`)) n++;
          table.name = `Table${n}`;
          sheet.tables.push(table);
        });
        return {
          get name() {
            throw notLoaded("table.name");
          },
          set name(value: string) {
            context.queue(() => {
              const other = context.book.table(value);
              if (other && other !== table) throw officeError("ItemAlreadyExists", `a table named ${value} exists.`);
              table.name = value;
            });
          },
        };
      },
    };
  }
}

type RangeSpec = { kind: "address"; address: string } | { kind: "used"; valuesOnly: boolean; nullable: boolean };

interface RangeData {
  isNullObject: boolean;
  properties: Set<string>;
  values: unknown[][];
  formulas: unknown[][];
  numberFormat: unknown[][];
  valueTypes: string[][];
  rowIndex: number;
  columnIndex: number;
  rowCount: number;
  columnCount: number;
  address: string;
}

class Range {
  private data?: RangeData;

  constructor(
    private readonly context: RequestContext,
    private readonly sheet: Worksheet,
    private readonly spec: RangeSpec,
  ) {}

  get worksheet(): Worksheet {
    return this.sheet;
  }

  /** The address the range was asked for ("" for a used range), as recorded. */
  get addressGiven(): string {
    return this.spec.kind === "address" ? this.spec.address : "";
  }

  /** The sheet and the cells the range covers, when a command runs; undefined for a null object. */
  private target(): { sheet: Sheet; box: Box } | undefined {
    const sheet = this.spec.kind === "used" && this.spec.nullable ? this.sheet.resolveOrNull() : this.sheet.resolve();
    if (!sheet) return undefined;
    if (this.spec.kind === "address") return { sheet, box: parseRange(this.spec.address) };
    const box = this.context.book.usedBox(sheet, this.spec.valuesOnly);
    if (box) return { sheet, box };
    if (this.spec.nullable) return undefined;
    // Excel's used range of an empty sheet is A1.
    return { sheet, box: { top: 1, left: 1, bottom: 1, right: 1 } };
  }

  private read<T>(property: keyof Omit<RangeData, "properties" | "isNullObject">): T {
    if (!this.data) throw notLoaded(`range.${property}`);
    const { properties } = this.data;
    if (!properties.has("*") && !properties.has(property)) throw notLoaded(`range.${property}`);
    return this.data[property] as T;
  }

  get isNullObject(): boolean {
    if (!this.data) throw notLoaded("range.isNullObject");
    return this.data.isNullObject;
  }

  load(properties?: unknown): this {
    const names = loadedNames(properties);
    this.context.queue(() => {
      const target = this.target();
      if (!target) {
        this.data = {
          isNullObject: true,
          properties: names,
          values: [],
          formulas: [],
          numberFormat: [],
          valueTypes: [],
          rowIndex: 0,
          columnIndex: 0,
          rowCount: 0,
          columnCount: 0,
          address: "",
        };
        return;
      }
      const { sheet, box } = target;
      const grid = <T>(pick: (cell: StubCell) => T): T[][] =>
        Array.from({ length: box.bottom - box.top + 1 }, (_, r) =>
          Array.from({ length: box.right - box.left + 1 }, (_, c) =>
            pick(sheet.cells.get(address(box.top + r, box.left + c)) ?? EMPTY),
          ),
        );
      const corner = address(box.top, box.left);
      const end = address(box.bottom, box.right);
      this.data = {
        isNullObject: false,
        properties: names,
        values: grid((cell) => cell.value),
        formulas: grid((cell) => cell.formula ?? cell.value),
        numberFormat: grid((cell) => cell.numberFormat),
        valueTypes: grid((cell) => cell.valueType),
        rowIndex: box.top - 1,
        columnIndex: box.left - 1,
        rowCount: box.bottom - box.top + 1,
        columnCount: box.right - box.left + 1,
        address: `'${sheet.name.replace(/'/g, "''")}'!${corner === end ? corner : `${corner}:${end}`}`,
      };
    });
    return this;
  }

  private write(field: "value" | "numberFormat" | "formula", matrix: unknown[][]): void {
    this.context.queue(() => {
      const target = this.target();
      if (!target) throw officeError("InvalidOperation", "cannot write to a null range.");
      const { sheet, box } = target;
      const rows = box.bottom - box.top + 1;
      const cols = box.right - box.left + 1;
      if (!Array.isArray(matrix) || matrix.length !== rows || matrix.some((row) => row.length !== cols)) {
        throw officeError("InvalidArgument", `the ${field} array is not ${rows}×${cols} for ${this.addressGiven}.`);
      }
      matrix.forEach((row, r) =>
        row.forEach((entry, c) => {
          const key = address(box.top + r, box.left + c);
          const previous = sheet.cells.get(key) ?? EMPTY;
          const cell =
            field === "numberFormat" ? { ...previous, numberFormat: String(entry) } : enteredCell(entry, previous);
          sheet.cells.set(key, cell);
        }),
      );
    });
  }

  get values(): unknown[][] {
    return this.read("values");
  }
  set values(matrix: unknown[][]) {
    this.write("value", matrix);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(matrix: unknown[][]) {
    this.write("formula", matrix);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(matrix: unknown[][]) {
    this.write("numberFormat", matrix);
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get address(): string {
    return this.read("address");
  }

  set hyperlink(value: unknown) {
    this.context.queue(() => {
      this.sheet.resolve().records.push({ range: this.addressGiven, path: "hyperlink", value: clone(value) });
    });
  }

  merge(across?: boolean): void {
    this.context.queue(() => {
      this.sheet.resolve().merges.push(across ? `${this.addressGiven} (across)` : this.addressGiven);
    });
  }

  select(): void {
    this.context.queue(() => {
      const target = this.target();
      if (!target) throw officeError("InvalidOperation", "cannot select a null range.");
      const { sheet, box } = target;
      if (sheet.visibility !== "Visible") throw officeError("InvalidOperation", `${sheet.name} is hidden.`);
      this.context.book.active = sheet;
      const corner = address(box.top, box.left);
      const end = address(box.bottom, box.right);
      this.context.book.selections.push({ sheet: sheet.name, address: corner === end ? corner : `${corner}:${end}` });
    });
  }

  get format(): unknown {
    return recorder(this.context, this.sheet, this.addressGiven, "format");
  }
  get dataValidation(): unknown {
    return recorder(this.context, this.sheet, this.addressGiven, "dataValidation");
  }
  get conditionalFormats(): unknown {
    return recorder(this.context, this.sheet, this.addressGiven, "conditionalFormats");
  }
}

class Worksheets {
  private loaded?: Worksheet[];

  constructor(private readonly context: RequestContext) {}

  private get book(): Workbook {
    return this.context.book;
  }

  load(_properties?: unknown): this {
    this.context.queue(() => {
      this.loaded = this.book.sheets.map(
        (sheet, position) =>
          new Worksheet(this.context, () => sheet, { name: sheet.name, position, visibility: sheet.visibility }),
      );
    });
    return this;
  }

  get items(): Worksheet[] {
    if (!this.loaded) throw notLoaded("worksheets.items");
    return this.loaded;
  }

  add(name: string): Worksheet {
    const created = newSheet(name);
    this.context.queue(() => {
      checkSheetName(name);
      if (this.book.find(name)) throw officeError("ItemAlreadyExists", `a sheet named ${name} exists.`);
      this.book.sheets.push(created);
    });
    return new Worksheet(this.context, () => created);
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => {
      const found = this.book.find(name);
      if (!found) throw officeError("ItemNotFound", `no sheet named ${name}.`);
      return found;
    });
  }

  getItemOrNullObject(name: string): Worksheet {
    const worksheet = new Worksheet(this.context, () => this.book.find(name) ?? null);
    this.context.queue(() => void worksheet.resolveOrNull());
    return worksheet;
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.book.active ?? null);
  }
}

class Names {
  private loaded?: { name: string }[];

  constructor(private readonly context: RequestContext) {}

  load(_properties?: unknown): this {
    this.context.queue(() => {
      this.loaded = [...this.context.book.names.keys()].map((name) => ({ name }));
    });
    return this;
  }

  get items(): { name: string }[] {
    if (!this.loaded) throw notLoaded("names.items");
    return this.loaded;
  }

  add(name: string, reference: Range): void {
    this.context.queue(() => {
      const names = this.context.book.names;
      if ([...names.keys()].some((known) => known.toLowerCase() === name.toLowerCase())) {
        throw officeError("ItemAlreadyExists", `a name ${name} exists.`);
      }
      names.set(name, { sheet: reference.worksheet.resolve(), range: reference.addressGiven });
    });
  }

  getItem(name: string): { delete(): void } {
    return {
      delete: () =>
        this.context.queue(() => {
          if (!this.context.book.names.delete(name)) throw officeError("ItemNotFound", `no name ${name}.`);
        }),
    };
  }
}

function minorOf(version: string | undefined): number {
  const [major, minor] = (version ?? "1.1").split(".").map(Number);
  return major === 1 ? minor || 0 : Infinity;
}

function install(config: StubConfig): void {
  const book = new Workbook(config.seed);
  const newestMinor = minorOf(config.excelApi);
  const platform = config.platform ?? "OfficeOnline";
  let settings: Record<string, unknown> = {};
  let savedSettings: Record<string, unknown> = {};
  let settingsSaves = 0;

  const office = {
    HostType: { Excel: "Excel" },
    PlatformType: { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    FileType: { Compressed: "compressed" },
    onReady(callback?: (info: { host: string; platform: string }) => void) {
      const info = { host: "Excel", platform };
      if (config.readyAfterMs === undefined) {
        callback?.(info);
        return Promise.resolve(info);
      }
      const after = config.readyAfterMs;
      return new Promise((resolve) => {
        if (after !== null) setTimeout(() => (callback?.(info), resolve(info)), after);
      });
    },
    context: {
      host: "Excel",
      platform,
      displayLanguage: "vi-VN",
      requirements: {
        isSetSupported(name: string, version?: string): boolean {
          // No CompressedFile: the open workbook is read from its sheets, never from its bytes.
          return name === "ExcelApi" && minorOf(version) <= newestMinor;
        },
      },
      document: {
        url: config.url,
        settings: {
          get: (name: string) => (name in settings ? clone(settings[name]) : null),
          set: (name: string, value: unknown) => void (settings[name] = clone(value)),
          remove: (name: string) => void delete settings[name],
          saveAsync(first?: unknown, second?: (result: { status: string; value: undefined }) => void): void {
            const callback = typeof first === "function" ? (first as typeof second) : second;
            savedSettings = clone(settings);
            settingsSaves++;
            setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
          },
          refreshAsync(callback?: (result: { status: string; value: unknown }) => void): void {
            settings = clone(savedSettings);
            setTimeout(() => callback?.({ status: "succeeded", value: undefined }), 0);
          },
        },
      },
    },
  };

  const excel = {
    async run<T>(first: unknown, second?: unknown): Promise<T> {
      const batch = (typeof first === "function" ? first : second) as (context: RequestContext) => Promise<T>;
      book.runs++;
      const context = new RequestContext(book);
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };

  const handle: ExcelStubHandle = {
    state: (): StubState => ({
      excelApi: config.excelApi,
      sheets: book.sheets.map(({ name, visibility }) => ({ name, visibility })),
      active: book.active?.name,
      selections: clone(book.selections),
      names: [...book.names.entries()].map(([name, { sheet, range }]) => ({ name, sheet: sheet.name, range })),
      runs: book.runs,
      syncs: book.syncs,
      insertedWorkbooks: book.insertedWorkbooks,
      savedSettings: clone(savedSettings),
      settingsSaves,
    }),
    sheet: (name) => {
      const sheet = book.find(name);
      return (
        sheet && {
          name: sheet.name,
          visibility: sheet.visibility,
          cells: Object.fromEntries(sheet.cells),
          merges: [...sheet.merges],
          records: clone(sheet.records),
          tables: clone(sheet.tables),
        }
      );
    },
    deleteSheet: (name) => {
      const sheet = book.find(name);
      if (sheet) book.remove(sheet);
    },
  };

  Object.assign(window, { Office: office, Excel: excel, __excelStub: handle });
}

const config = (window as unknown as { __excelStubConfig?: StubConfig }).__excelStubConfig;
install(config ?? { excelApi: "1.13", url: "" });
