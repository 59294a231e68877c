import JSZip from "jszip";
import { compoundFile } from "../../../scripts/bad-files/compoundFile";
import { deflated, stored, writeZip, type PackedEntry } from "../../../scripts/bad-files/rawZip";
import { INSPECT_LIMITS, inspectFile, refuseBySize, type InspectResult } from "../../../src/workbook/xlsx/inspectFile";
import { writtenForm } from "../templates/formTestSupport";

const MIB = 1024 * 1024;
const FILE = "2026-05_so-khcn.xlsx";

function utf8(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

function utf16le(text: string): Uint8Array {
  return new Uint8Array(Buffer.from(`\ufeff${text}`, "utf16le"));
}

function code(result: InspectResult): string {
  return result.ok ? "ok" : result.finding.code;
}

function refusal(bytes: Uint8Array, file = FILE) {
  const result = inspectFile(bytes, file);
  if (result.ok) throw new Error("inspected as a workbook");
  return result.finding;
}

/** The parts that make a zip an .xlsx, plus whatever the test adds. */
function workbookZip(...extra: PackedEntry[]): Uint8Array {
  return writeZip([stored("[Content_Types].xml", "<Types/>"), stored("xl/workbook.xml", "<workbook/>"), ...extra]);
}

/** An entry whose central directory declares `size` inflated bytes for `compressed` bytes of data. */
function declared(name: string, size: number, compressed: number): PackedEntry {
  return { name, method: 8, crc: 0, uncompressedSize: size, data: new Uint8Array(compressed) };
}

/** A ZIP64 archive of stored entries, as writers for files over 4 GB make it: all sizes in the ZIP64 fields. */
function zip64Archive(entries: { name: string; data: Uint8Array; declaredSize?: number }[]): Uint8Array {
  const parts: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const zip64Extra = (uncompressed: number, compressed: number) => {
    const extra = Buffer.alloc(20);
    extra.writeUInt16LE(1, 0);
    extra.writeUInt16LE(16, 2);
    extra.writeBigUInt64LE(BigInt(uncompressed), 4);
    extra.writeBigUInt64LE(BigInt(compressed), 12);
    return extra;
  };
  for (const { name, data, declaredSize } of entries) {
    const nameBytes = Buffer.from(name);
    const extra = zip64Extra(declaredSize ?? data.length, data.length);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(nameBytes.length, 26);
    local.writeUInt16LE(extra.length, 28);
    const header = Buffer.alloc(46);
    header.writeUInt32LE(0x02014b50, 0);
    header.writeUInt16LE(45, 4);
    header.writeUInt16LE(45, 6);
    header.writeUInt32LE(0xffffffff, 20);
    header.writeUInt32LE(0xffffffff, 24);
    header.writeUInt16LE(nameBytes.length, 28);
    header.writeUInt16LE(extra.length, 30);
    header.writeUInt32LE(offset, 42);
    central.push(header, nameBytes, extra);
    parts.push(local, nameBytes, extra, Buffer.from(data));
    offset += local.length + nameBytes.length + extra.length + data.length;
  }
  const directory = Buffer.concat(central);
  const record = Buffer.alloc(56);
  record.writeUInt32LE(0x06064b50, 0);
  record.writeBigUInt64LE(44n, 4);
  record.writeBigUInt64LE(BigInt(entries.length), 24);
  record.writeBigUInt64LE(BigInt(entries.length), 32);
  record.writeBigUInt64LE(BigInt(directory.length), 40);
  record.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + directory.length), 8);
  locator.writeUInt32LE(1, 16);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(0xffff, 8);
  end.writeUInt16LE(0xffff, 10);
  end.writeUInt32LE(0xffffffff, 12);
  end.writeUInt32LE(0xffffffff, 16);
  return new Uint8Array(Buffer.concat([...parts, directory, record, locator, end]));
}

async function withEntries(bytes: Uint8Array, entries: Record<string, Uint8Array | string>): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  for (const [name, data] of Object.entries(entries)) zip.file(name, data);
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

describe("inspectFile", () => {
  let form: Uint8Array;

  beforeAll(async () => {
    form = await writtenForm("so-khcn");
  });

  describe("a unit form", () => {
    it("is an .xlsx workbook with nothing to report", () => {
      expect(inspectFile(form, FILE)).toEqual({ ok: true, value: [] });
    });

    it("is refused as truncated when cut anywhere after its first four bytes, and never throws", () => {
      const small = workbookZip(deflated("xl/worksheets/sheet1.xml", "<worksheet><sheetData/></worksheet>"));
      const codes = new Set<string>();
      for (let length = 4; length < small.length; length++) codes.add(code(inspectFile(small.slice(0, length), FILE)));
      expect([...codes]).toEqual(["truncated_file"]);
      expect(code(inspectFile(small, FILE))).toBe("ok");
    });

    it("is refused when a real form loses its last third on the way", () => {
      const finding = refusal(form.slice(0, Math.floor((form.length * 2) / 3)));
      expect(finding).toMatchObject({ code: "truncated_file", severity: "error", file: FILE });
      expect(finding.message).toBe(
        `Tệp “${FILE}” bị thiếu phần cuối (tệp nén .xlsx không trọn vẹn): có thể tải về hoặc gửi chưa xong.`,
      );
    });

    it("is refused as damaged when its end record points outside the file", () => {
      const bytes = workbookZip();
      const view = new DataView(bytes.buffer);
      view.setUint32(bytes.length - 6, bytes.length + 100, true);
      expect(refusal(bytes)).toMatchObject({
        code: "unreadable_file",
        message: `Tệp “${FILE}” bị hỏng: không đọc được cấu trúc tệp nén .xlsx.`,
      });
    });
  });

  describe("size and expansion limits, read from the central directory", () => {
    it("refuses an empty file and one over 20 MB, and takes one of exactly 20 MB to the next check", () => {
      expect(refusal(new Uint8Array(0))).toMatchObject({
        code: "empty_file",
        message: `Tệp “${FILE}” rỗng (0 byte): có thể tải về chưa xong hoặc gửi nhầm tệp.`,
      });
      expect(INSPECT_LIMITS.fileBytes).toBe(20 * MIB);
      const over = refusal(new Uint8Array(20 * MIB + 1));
      expect(over.code).toBe("file_too_large");
      expect(over.message).toContain("có dung lượng 20 MB, vượt giới hạn 20 MB");
      expect(refusal(new Uint8Array(20 * MIB)).code).toBe("unreadable_file");
    });

    it("refuses by size alone, before the bytes are read, a file of 3 GB", () => {
      const result = refuseBySize(3 * 1024 * MIB, "video-hop-ban.xlsx");
      expect(result).toMatchObject({ ok: false, finding: { code: "file_too_large" } });
      expect(!result?.ok && result?.finding.message).toBe(
        "Tệp “video-hop-ban.xlsx” có dung lượng 3 GB, vượt giới hạn 20 MB của một biểu mẫu; tệp không được đọc.",
      );
      expect(refuseBySize(0, FILE)).toMatchObject({ ok: false, finding: { code: "empty_file" } });
      expect(refuseBySize(form.length, FILE)).toBeUndefined();
    });

    it("allows 2,000 zip entries and refuses 2,001 without reading their headers", () => {
      const entries = (count: number) =>
        Array.from({ length: count - 2 }, (_, i) => stored(`xl/drawings/drawing${i + 1}.xml`, "<xdr:wsDr/>"));
      expect(code(inspectFile(workbookZip(...entries(2000)), FILE))).toBe("ok");
      const finding = refusal(workbookZip(...entries(2001)));
      expect(finding.code).toBe("too_many_entries");
      expect(finding.message).toContain("chứa 2.001 thành phần nén, vượt giới hạn 2.000");
    });

    it("refuses an entry of 1 MB or more that deflated more than 200 : 1, and lets a smaller one be", () => {
      const zeros = (size: number) => deflated("xl/worksheets/sheet1.xml", new Uint8Array(size));
      const bomb = refusal(workbookZip(zeros(2 * MIB)));
      expect(bomb.code).toBe("compression_ratio");
      expect(bomb.message).toMatch(/thành phần “xl\/worksheets\/sheet1\.xml” nén với tỉ lệ 1\.0\d\d:1 và bung ra 2 MB/);
      expect(code(inspectFile(workbookZip(zeros(MIB - 1)), FILE))).toBe("ok");
      expect(
        code(inspectFile(workbookZip(declared("xl/media/image1.png", 2 * MIB, Math.ceil((2 * MIB) / 200))), FILE)),
      ).toBe("ok");
    });

    it("refuses more than 200 MB inflated in all, however it is spread", () => {
      const parts = (count: number) =>
        Array.from({ length: count }, (_, i) => declared(`xl/media/image${i + 1}.png`, 10 * MIB - 1024, 100 * 1024));
      expect(code(inspectFile(workbookZip(...parts(20)), FILE))).toBe("ok");
      const finding = refusal(workbookZip(...parts(21)));
      expect(finding.code).toBe("expands_too_large");
      expect(finding.message).toContain("bung ra 210 MB khi giải nén, vượt giới hạn 200 MB");
    });

    it("refuses a worksheet over 50 MB inflated, but not a picture of that size", () => {
      const sheet = declared("xl/worksheets/sheet2.xml", 51 * MIB, MIB);
      expect(refusal(workbookZip(sheet))).toMatchObject({
        code: "sheet_too_large",
        message: `Tệp “${FILE}”: trang tính “xl/worksheets/sheet2.xml” chiếm 51 MB khi giải nén, vượt giới hạn 50 MB; tệp không được đọc.`,
      });
      expect(code(inspectFile(workbookZip(declared("xl/media/image1.png", 51 * MIB, MIB)), FILE))).toBe("ok");
    });

    it("reads the sizes of a ZIP64 archive from its ZIP64 fields", () => {
      const parts = [
        { name: "[Content_Types].xml", data: utf8("<Types/>") },
        { name: "xl/workbook.xml", data: utf8("<workbook/>") },
      ];
      expect(code(inspectFile(zip64Archive(parts), FILE))).toBe("ok");
      const huge = zip64Archive([
        ...parts,
        { name: "xl/worksheets/sheet1.xml", data: new Uint8Array(100), declaredSize: 5 * 1024 * MIB },
      ]);
      const finding = refusal(huge);
      expect(finding.code).toBe("compression_ratio");
      expect(finding.message).toContain("bung ra 5 GB");
    });
  });

  describe("what a file is when it is not a form", () => {
    it("names a zip that holds no workbook by what it holds", () => {
      const cases: [PackedEntry[], string][] = [
        [
          [stored("[Content_Types].xml", "<Types/>"), stored("word/document.xml", "<w:document/>")],
          "văn bản Word (.docx)",
        ],
        [
          [
            stored("mimetype", "application/vnd.oasis.opendocument.spreadsheet"),
            stored("content.xml", "<office:document-content/>"),
          ],
          "bảng tính OpenDocument (.ods)",
        ],
        [
          [stored("[Content_Types].xml", "<Types/>"), stored("xl/workbook.bin", "\u0083\u0001")],
          "sổ Excel dạng nhị phân (.xlsb)",
        ],
        [[stored(FILE, "PK")], "tệp nén (.zip)"],
      ];
      for (const [entries, what] of cases) {
        expect(refusal(writeZip(entries))).toMatchObject({
          code: "not_xlsx",
          message: `Tệp “${FILE}” là ${what}, không phải sổ Excel .xlsx.`,
        });
      }
    });

    it("tells a password-protected workbook from a legacy .xls by the OLE streams", () => {
      expect(refusal(compoundFile(["EncryptionInfo", "EncryptedPackage"]))).toMatchObject({
        code: "encrypted_workbook",
        message: `Tệp “${FILE}” được đặt mật khẩu (mã hóa) nên không đọc được nội dung.`,
      });
      expect(refusal(compoundFile(["Workbook", "\u0005SummaryInformation"]), "bao-cao.xls")).toMatchObject({
        code: "legacy_xls",
        message: "Tệp “bao-cao.xls” là tệp Excel cũ (.xls, Excel 97–2003), chương trình không đọc được.",
      });
      expect(code(inspectFile(compoundFile(["Book"]), "excel95.xls"))).toBe("legacy_xls");
      expect(code(inspectFile(compoundFile(["WordDocument", "1Table"]), "bao-cao.doc"))).toBe("unreadable_file");
    });

    it("refuses a zip whose entries carry a zip password", () => {
      const bytes = workbookZip();
      const centralHeader = Buffer.from(bytes).indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
      bytes[centralHeader + 8] |= 1;
      expect(code(inspectFile(bytes, FILE))).toBe("encrypted_workbook");
    });

    it("recognises HTML tables saved as .xls, with or without a byte-order mark or a doctype", () => {
      const pages = [
        '\ufeff\r\n<html xmlns:x="urn:schemas-microsoft-com:office:excel"><body><table><tr><td>1</td></tr></table></body></html>',
        "<!DOCTYPE html>\n<html><body><table></table></body></html>",
        "  \n<TABLE border=1><TR><TD>Tỷ lệ</TD></TR></TABLE>",
        '<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"><body><table/></body></html>',
      ];
      for (const page of pages) expect(code(inspectFile(utf8(page), "bao-cao.xls"))).toBe("html_table");
      expect(code(inspectFile(utf16le("<html><table></table></html>"), "bao-cao.xls"))).toBe("html_table");
      expect(refusal(utf8(pages[0]), "bao-cao.xls").message).toBe(
        "Tệp “bao-cao.xls” là bảng HTML (trang web) dù có thể mang đuôi .xls — thường do phần mềm khác xuất ra — không phải biểu mẫu .xlsx.",
      );
    });

    it("recognises an XML Spreadsheet 2003 by its namespace, and no other XML", () => {
      const xml =
        '<?xml version="1.0"?>\r\n<?mso-application progid="Excel.Sheet"?>\r\n<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet"></Workbook>';
      expect(code(inspectFile(utf8(xml), "bao-cao.xls"))).toBe("xml_spreadsheet");
      expect(code(inspectFile(utf8('<?xml version="1.0"?><note>Báo cáo</note>'), "bao-cao.xls"))).toBe(
        "unreadable_file",
      );
    });

    it("recognises CSV with commas, semicolons or tabs, but not a letter full of commas", () => {
      const tables = [
        '\ufeffSTT,Chỉ tiêu,Kết quả\r\n1,"Tỷ lệ hồ sơ, thủ tục","99,8%"\r\n2,Số doanh nghiệp,127\r\n',
        "STT;Chỉ tiêu;Kết quả\n1;Tỷ lệ hồ sơ;99,8%\n",
      ];
      for (const table of tables) expect(code(inspectFile(utf8(table), "export.csv"))).toBe("csv_file");
      expect(code(inspectFile(utf16le("STT\tChỉ tiêu\tKết quả\r\n1\tTỷ lệ\t99,8\r\n"), "export.txt"))).toBe("csv_file");
      const letter =
        "Kính gửi: Sở Khoa học và Công nghệ tỉnh Sơn La.\nThực hiện Kế hoạch số 45/KH-UBND, đơn vị báo cáo như sau: đã hoàn thành, đang triển khai, chưa thực hiện.\nTrân trọng.";
      expect(code(inspectFile(utf8(letter), "cong-van.txt"))).toBe("unreadable_file");
    });

    it("recognises PDF, PNG, JPEG and GIF by their first bytes", () => {
      expect(refusal(utf8("%PDF-1.7\n%âãÏÓ\n"), "bao-cao.pdf").code).toBe("pdf_file");
      expect(code(inspectFile(utf8("\r\n\r\n%PDF-1.4\n"), "bao-cao.pdf"))).toBe("pdf_file");
      const images: [number[], string][] = [
        [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13], "PNG"],
        [[0xff, 0xd8, 0xff, 0xe1, 0, 0x10], "JPEG"],
        [[...utf8("GIF87a"), 1, 0, 1, 0], "GIF"],
      ];
      for (const [bytes, format] of images) {
        expect(refusal(new Uint8Array(bytes), "anh-chup.jpg")).toMatchObject({
          code: "image_file",
          message: `Tệp “anh-chup.jpg” là ảnh ${format}; không đọc được số liệu từ ảnh chụp.`,
        });
      }
    });

    it("gives every refusal as one error finding naming the file, with a fix", () => {
      const finding = refusal(utf8("%PDF-1.4"), "Báo cáo tháng 5.pdf");
      expect(finding).toEqual({
        file: "Báo cáo tháng 5.pdf",
        severity: "error",
        code: "pdf_file",
        message: "Tệp “Báo cáo tháng 5.pdf” là tệp PDF; không đọc được số liệu từ tệp PDF.",
        fix: "Đề nghị đơn vị điền số liệu vào biểu mẫu .xlsx do Sở Khoa học và Công nghệ phát hành và gửi lại.",
      });
    });
  });

  describe("parts of a workbook that are ignored and reported", () => {
    it("notes macros, links to other workbooks and embedded objects as warnings, and still takes the workbook", async () => {
      const bytes = await withEntries(form, {
        "xl/vbaProject.bin": compoundFile(["VBA", "dir"]),
        "xl/externalLinks/externalLink1.xml": "<externalLink/>",
        "xl/externalLinks/externalLink2.xml": "<externalLink/>",
        "xl/externalLinks/_rels/externalLink1.xml.rels": "<Relationships/>",
        "xl/embeddings/oleObject1.bin": compoundFile(["Ole"]),
        "xl/activeX/activeX1.xml": "<ax:ocx/>",
        "xl/activeX/activeX1.bin": compoundFile(["Contents"]),
      });
      const result = inspectFile(bytes, "bao-cao.xlsm");
      expect(result).toEqual({
        ok: true,
        value: [
          {
            file: "bao-cao.xlsm",
            severity: "warning",
            code: "macro_ignored",
            message: "Tệp “bao-cao.xlsm” có macro (VBA); macro được bỏ qua, không bao giờ được chạy.",
            fix: "Nên lưu lại dạng “Sổ làm việc Excel (.xlsx)” (không có macro) trước khi gửi.",
          },
          {
            file: "bao-cao.xlsm",
            severity: "warning",
            code: "external_links_ignored",
            message:
              "Tệp “bao-cao.xlsm” có liên kết tới 2 sổ làm việc khác; liên kết được bỏ qua, chỉ đọc giá trị đang lưu trong tệp.",
            fix: "Nên thay công thức liên kết bằng giá trị (Dán đặc biệt › Giá trị) trước khi gửi.",
          },
          {
            file: "bao-cao.xlsm",
            severity: "warning",
            code: "embedded_objects_ignored",
            message:
              "Tệp “bao-cao.xlsm” có 2 đối tượng nhúng (OLE, ActiveX hoặc tệp đính kèm); các đối tượng này được bỏ qua, không được mở.",
            fix: "Nên gửi tài liệu kèm theo thành tệp riêng, không nhúng vào biểu mẫu.",
          },
        ],
      });
    });
  });
});
