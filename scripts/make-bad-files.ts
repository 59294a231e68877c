/**
 * `npx tsx scripts/make-bad-files.ts [dir]`: the corpus of files units should not send but do, next to the sample
 * month's good forms, written under tests/fixtures/generated (git-ignored; the corpus tests run this first).
 * bad/ holds one file per kind — not a workbook, unsafe to open, or a form tampered with — built with the
 * tools that make such files (ExcelJS, JSZip, zlib, raw bytes); samples/ holds the 90 units' filled forms.
 * Every file is built from the sample plans, so the same code always gives the same corpus.
 */
import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import { catalog2026 } from "../src/domain/catalog/catalog2026";
import type { Catalog } from "../src/domain/catalog/types";
import { formContentFor, formFingerprint } from "../src/domain/forms/formContent";
import { parsePeriod } from "../src/domain/language/parsePeriod";
import { planSamples } from "../src/samples/planSamples";
import { sampleFileBytes } from "../src/samples/sampleFile";
import type { SamplePlan } from "../src/samples/samplePlan";
import { compoundFile } from "./bad-files/compoundFile";
import { bombOneEntry, bombOverlapping, hugeSheet, spreadOutBomb, tooManyEntries } from "./bad-files/craftedZips";
import { csv, gif, htmlTable, jpegHeader, pdf, png, xmlSpreadsheet, type ReportRow } from "./bad-files/otherFormats";
import {
  addEmbeddedObject,
  addExternalLink,
  addLargePhoto,
  addMacros,
  deleteTaskRow,
  editFixedText,
  insertIndicatorRow,
  removeIdentitySheet,
  setIdentity,
} from "./bad-files/tamperForm";

export const GENERATED_DIR = join(__dirname, "..", "tests", "fixtures", "generated");
export const CORPUS_PERIOD = "2026-05";

export type BadKind =
  // Not a workbook, or not safe to open (issue 6, point 1).
  | "empty"
  | "too_large"
  | "truncated"
  | "bomb_one_entry"
  | "bomb_overlapping"
  | "bomb_spread_out"
  | "too_many_entries"
  | "huge_sheet"
  | "zip_of_form"
  | "word_document"
  | "encrypted"
  | "legacy_xls"
  | "html_as_xls"
  | "xml_spreadsheet_as_xls"
  | "csv"
  | "pdf"
  | "png"
  | "jpeg"
  | "gif"
  // Readable, with parts that are ignored and reported.
  | "macros"
  | "external_links"
  | "embedded_objects"
  // Tampering and mistakes (point 2).
  | "edited_name"
  | "edited_target"
  | "edited_stt"
  | "row_deleted"
  | "row_inserted"
  | "identity_removed"
  | "identity_of_other_unit"
  | "duplicate_first"
  | "duplicate_second"
  | "catalog_2025"
  | "template_version_0";

export interface CorpusFile {
  file: string;
  receivedAt: string;
  /** The unit whose form the file was made from, when it was made from one. */
  unitId?: string;
}

export interface BadFile extends CorpusFile {
  kind: BadKind;
}

export interface Corpus {
  dir: { bad: string; samples: string };
  bad: BadFile[];
  samples: CorpusFile[];
  /** The units whose forms the bad files were made from; each also sends its own good sample, later. */
  units: { form: string; other: string; duplicate: string };
}

const PHOTO_BYTES = 21 * 1024 * 1024;

interface Made {
  bytes: Uint8Array;
  unitId?: string;
}

/** Sent units with no deliberate slip, of one group, in plan order. */
function cleanUnits(catalog: Catalog, plans: SamplePlan[], group: "so" | "xa"): string[] {
  const groupOf = new Map(catalog.units.map((unit) => [unit.id, unit.group]));
  return plans.filter((p) => p.send && p.quirks.length === 0 && groupOf.get(p.unitId) === group).map((p) => p.unitId);
}

/** One day before the earliest sample, so every good sample of the same unit replaces a bad file. */
function corpusTimes(plans: SamplePlan[]): (index: number) => string {
  const earliest = Math.min(...plans.filter((plan) => plan.send).map((plan) => Date.parse(plan.receivedAt)));
  const start = earliest - 24 * 60 * 60 * 1000;
  return (index) => new Date(start + index * 60 * 1000).toISOString();
}

async function wordDocument(text: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
  );
  zip.file(
    "_rels/.rels",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
  );
  zip.file(
    "word/document.xml",
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
  );
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

async function zipOf(name: string, bytes: Uint8Array): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file(name, bytes);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

/** The unit's indicators as its plan fills them, for the formats that copy the table. */
function reportRows(catalog: Catalog, plan: SamplePlan): ReportRow[] {
  return formContentFor(catalog, plan.unitId).indicators.map((indicator) => ({
    stt: indicator.stt,
    name: indicator.name,
    result: String(plan.indicators[indicator.id]?.result ?? ""),
  }));
}

function chooseUnits(catalog: Catalog, plans: SamplePlan[]): Corpus["units"] {
  const [form] = cleanUnits(catalog, plans, "so");
  const [other, duplicate] = cleanUnits(catalog, plans, "xa");
  // One owner for both, so the prints compare the forms' content alone.
  const print = (unitId: string) => formFingerprint(formContentFor(catalog, unitId), { unitId: "", period: "" });
  if (!form || !other || !duplicate || print(form) === print(other)) {
    throw new Error("The sample plans have no clean sở and two clean xã with a form unlike the sở's");
  }
  return { form, other, duplicate };
}

/** Writes bad/ from the sample forms' bytes; `sampleBytes` maps a unit to its good form. */
async function writeBadFiles(
  dir: string,
  catalog: Catalog,
  plans: SamplePlan[],
  units: Corpus["units"],
  sampleBytes: Map<string, Uint8Array>,
): Promise<BadFile[]> {
  const formPlan = plans.find((plan) => plan.unitId === units.form) as SamplePlan;
  const good = sampleBytes.get(units.form) as Uint8Array;
  const duplicate = sampleBytes.get(units.duplicate) as Uint8Array;
  const content = formContentFor(catalog, units.form);
  const rows = reportRows(catalog, formPlan);
  const targeted = content.indicators.find((indicator) => indicator.target2026.trim() !== "");
  const foreign = catalog.indicators.find((i) => !i.isHeading && !content.indicators.some((own) => own.id === i.id));
  if (!targeted || !foreign || content.tasks.length === 0) throw new Error(`Form of ${units.form} too small to tamper`);
  const fromForm = async (bytes: Promise<Uint8Array> | Uint8Array): Promise<Made> => ({
    bytes: await bytes,
    unitId: units.form,
  });
  const plain = async (bytes: Promise<Uint8Array> | Uint8Array): Promise<Made> => ({ bytes: await bytes });
  const kinds: [BadKind, string, () => Promise<Made>][] = [
    ["empty", "empty.xlsx", () => plain(new Uint8Array(0))],
    ["too_large", "too-large.xlsx", () => fromForm(addLargePhoto(good, PHOTO_BYTES))],
    ["truncated", "truncated.xlsx", () => fromForm(good.slice(0, Math.floor(good.length * 0.6)))],
    ["bomb_one_entry", "bomb-one-entry.xlsx", () => plain(bombOneEntry())],
    ["bomb_overlapping", "bomb-overlapping.xlsx", () => plain(bombOverlapping())],
    ["bomb_spread_out", "bomb-spread-out.xlsx", () => plain(spreadOutBomb())],
    ["too_many_entries", "too-many-entries.xlsx", () => plain(tooManyEntries())],
    ["huge_sheet", "huge-sheet.xlsx", () => plain(hugeSheet())],
    ["zip_of_form", "zip-of-form.zip", () => fromForm(zipOf(formPlan.fileName, good))],
    ["word_document", "bao-cao-thang-5.docx", () => plain(wordDocument("Báo cáo kết quả chuyển đổi số tháng 5/2026"))],
    [
      "encrypted",
      "encrypted.xlsx",
      () => plain(compoundFile(["EncryptionInfo", "EncryptedPackage", "\u0006DataSpaces"])),
    ],
    ["legacy_xls", "legacy.xls", () => plain(compoundFile(["Workbook", "\u0005SummaryInformation"]))],
    ["html_as_xls", "html-export.xls", () => plain(htmlTable("Kết quả thực hiện chỉ tiêu tháng 5/2026", rows))],
    ["xml_spreadsheet_as_xls", "xml-export.xls", () => plain(xmlSpreadsheet("Chỉ tiêu", rows))],
    ["csv", "export.csv", () => plain(csv(rows))],
    ["pdf", "bao-cao.pdf", () => plain(pdf("Bao cao ket qua chuyen doi so thang 5/2026"))],
    ["png", "anh-chup-man-hinh.png", () => plain(png(16, 16))],
    ["jpeg", "anh-chup.jpg", () => plain(jpegHeader())],
    ["gif", "anh.gif", () => plain(gif())],
    ["macros", "macros.xlsm", () => fromForm(addMacros(good))],
    ["external_links", "external-links.xlsx", () => fromForm(addExternalLink(good))],
    ["embedded_objects", "embedded-objects.xlsx", () => fromForm(addEmbeddedObject(good))],
    [
      "edited_name",
      "edited-name.xlsx",
      () =>
        fromForm(
          editFixedText(
            good,
            content.indicators[0].id,
            { sheet: "indicators", key: "name" },
            `${content.indicators[0].name} (số liệu của đơn vị)`,
          ),
        ),
    ],
    [
      "edited_target",
      "edited-target.xlsx",
      () =>
        fromForm(
          editFixedText(
            good,
            targeted.id,
            { sheet: "indicators", key: "target2026" },
            targeted.target2026 === "10%" ? "5%" : "10%",
          ),
        ),
    ],
    [
      "edited_stt",
      "edited-stt.xlsx",
      () => fromForm(editFixedText(good, content.tasks[0].id, { sheet: "tasks", key: "stt" }, "99")),
    ],
    ["row_deleted", "row-deleted.xlsx", () => fromForm(deleteTaskRow(good, content.tasks[0].id))],
    [
      "row_inserted",
      "row-inserted.xlsx",
      () => fromForm(insertIndicatorRow(good, content.indicators[0].id, foreign, "100%")),
    ],
    ["identity_removed", "identity-removed.xlsx", () => fromForm(removeIdentitySheet(good))],
    [
      "identity_of_other_unit",
      "identity-of-other-unit.xlsx",
      async () => ({ bytes: await setIdentity(good, "unitId", units.other), unitId: units.other }),
    ],
    [
      "duplicate_first",
      `duplicate-1_${units.duplicate}.xlsx`,
      async () => ({ bytes: duplicate, unitId: units.duplicate }),
    ],
    [
      "duplicate_second",
      `duplicate-2_${units.duplicate}.xlsx`,
      async () => ({ bytes: duplicate, unitId: units.duplicate }),
    ],
    ["catalog_2025", "catalog-2025.xlsx", () => fromForm(setIdentity(good, "catalogYear", 2025))],
    ["template_version_0", "template-version-0.xlsx", () => fromForm(setIdentity(good, "templateVersion", 0))],
  ];
  const receivedAt = corpusTimes(plans);
  const files: BadFile[] = [];
  for (const [index, [kind, file, make]] of kinds.entries()) {
    const { bytes, unitId } = await make();
    writeFileSync(join(dir, file), bytes);
    files.push({ kind, file, receivedAt: receivedAt(index), ...(unitId ? { unitId } : {}) });
  }
  return files;
}

function freshDir(dir: string): string {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  return dir;
}

/** Writes samples/ and bad/ under `root` (emptied first) and a corpus.json that lists them. */
export async function makeCorpus(root: string = GENERATED_DIR): Promise<Corpus> {
  const catalog = catalog2026();
  const period = parsePeriod(CORPUS_PERIOD);
  if (!period.ok) throw new Error(CORPUS_PERIOD);
  const plans = planSamples(catalog, period.value);
  const dir = { bad: freshDir(join(root, "bad")), samples: freshDir(join(root, "samples")) };
  const units = chooseUnits(catalog, plans);
  const samples: CorpusFile[] = [];
  const sampleBytes = new Map<string, Uint8Array>();
  for (const plan of plans.filter((p) => p.send)) {
    const bytes = await sampleFileBytes(catalog, plan);
    writeFileSync(join(dir.samples, plan.fileName), bytes);
    samples.push({ file: plan.fileName, receivedAt: plan.receivedAt, unitId: plan.unitId });
    sampleBytes.set(plan.unitId, bytes);
  }
  const bad = await writeBadFiles(dir.bad, catalog, plans, units, sampleBytes);
  const corpus: Corpus = { dir, bad, samples, units };
  writeFileSync(join(root, "corpus.json"), `${JSON.stringify(corpus, null, 2)}\n`);
  return corpus;
}

if (require.main === module) {
  makeCorpus(process.argv[2]).then(
    (corpus) =>
      console.log(
        `${corpus.bad.length} bad files in ${corpus.dir.bad}, ${corpus.samples.length} forms in ${corpus.dir.samples}`,
      ),
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
