/**
 * Files units send instead of the form: tables exported by other systems (HTML or XML Spreadsheet 2003 saved
 * with an .xls name, CSV), a PDF of the report, a photo or screenshot of it. Built as those programs write
 * them, from the unit's own rows, so the content reads like the real thing.
 */
import { crc32, deflateSync } from "node:zlib";

export interface ReportRow {
  stt: string;
  name: string;
  result: string;
}

const UTF8_BOM = "\ufeff";

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Excel's "Web Page" export and most government systems' "Xuất Excel" button write this. */
export function htmlTable(title: string, rows: ReportRow[]): Uint8Array {
  const cells = rows
    .map(
      (row) =>
        `<tr><td>${escapeXml(row.stt)}</td><td>${escapeXml(row.name)}</td><td>${escapeXml(row.result)}</td></tr>`,
    )
    .join("\r\n");
  const html = [
    `<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:x="urn:schemas-microsoft-com:office:excel">`,
    `<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>${escapeXml(title)}</title></head>`,
    `<body><table border="1">`,
    `<tr><th>STT</th><th>Chỉ tiêu</th><th>Kết quả thực hiện</th></tr>`,
    cells,
    `</table></body></html>`,
  ].join("\r\n");
  return new Uint8Array(Buffer.from(`${UTF8_BOM}\r\n${html}`, "utf8"));
}

export function xmlSpreadsheet(sheetName: string, rows: ReportRow[]): Uint8Array {
  const row = (values: string[]) =>
    `<Row>${values.map((value) => `<Cell><Data ss:Type="String">${escapeXml(value)}</Data></Cell>`).join("")}</Row>`;
  const xml = [
    `<?xml version="1.0" encoding="UTF-8"?>`,
    `<?mso-application progid="Excel.Sheet"?>`,
    `<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">`,
    `<Worksheet ss:Name="${escapeXml(sheetName)}"><Table>`,
    row(["STT", "Chỉ tiêu", "Kết quả thực hiện"]),
    ...rows.map((r) => row([r.stt, r.name, r.result])),
    `</Table></Worksheet></Workbook>`,
  ].join("\n");
  return new Uint8Array(Buffer.from(xml, "utf8"));
}

function csvField(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** As Excel's "CSV UTF-8" writes it: a byte-order mark, commas, CRLF. */
export function csv(rows: ReportRow[]): Uint8Array {
  const lines = [["STT", "Chỉ tiêu", "Kết quả thực hiện"], ...rows.map((r) => [r.stt, r.name, r.result])];
  return new Uint8Array(Buffer.from(UTF8_BOM + lines.map((line) => line.map(csvField).join(",")).join("\r\n"), "utf8"));
}

/** A one-page PDF with a line of text (ASCII: the standard fonts have no Vietnamese glyphs). */
export function pdf(line: string): Uint8Array {
  const content = `BT /F1 12 Tf 72 760 Td (${line.replace(/[()\\]/g, "\\$&")}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, "0")} 00000 n \n`).join("");
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}

function pngChunk(type: string, data: Buffer): Buffer {
  const typeBytes = Buffer.from(type, "latin1");
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([typeBytes, data])));
  return Buffer.concat([length, typeBytes, data, crc]);
}

/** A white greyscale PNG, as small as a screenshot of nothing. */
export function png(width: number, height: number): Uint8Array {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 0; // greyscale
  const scanline = Buffer.concat([Buffer.from([0]), Buffer.alloc(width, 0xff)]); // filter 0, white pixels
  const pixels = Buffer.concat(Array.from({ length: height }, () => scanline));
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return new Uint8Array(
    Buffer.concat([
      signature,
      pngChunk("IHDR", ihdr),
      pngChunk("IDAT", deflateSync(pixels)),
      pngChunk("IEND", Buffer.alloc(0)),
    ]),
  );
}

/** The start of a phone photo: start of image and the JFIF header segment; the scan itself is left out. */
export function jpegHeader(): Uint8Array {
  const app0 = Buffer.from([0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x48, 0x00, 0x48, 0x00, 0x00]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(app0.length + 2);
  return new Uint8Array(
    Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), length, app0, Buffer.from([0xff, 0xd9])]),
  );
}

/** A 1×1 GIF89a: header, screen descriptor with a two-colour table, one image, trailer. */
export function gif(): Uint8Array {
  const screen = [0x01, 0x00, 0x01, 0x00, 0x80, 0x00, 0x00]; // 1×1, global colour table of 2
  const colours = [0xff, 0xff, 0xff, 0x00, 0x00, 0x00];
  const image = [0x2c, 0, 0, 0, 0, 0x01, 0x00, 0x01, 0x00, 0x00]; // descriptor at 0,0, 1×1
  const data = [0x02, 0x02, 0x44, 0x01, 0x00]; // LZW minimum code size 2, one sub-block, end
  return new Uint8Array(
    Buffer.concat([Buffer.from("GIF89a", "latin1"), Buffer.from([...screen, ...colours, ...image, ...data, 0x3b])]),
  );
}
