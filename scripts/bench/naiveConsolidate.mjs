/* The naive baseline of `npm run bench` (issue 13): what a plain script does with ExcelJS and nothing else —
   every file loaded whole, the header row holding "Mã" found, Tử số and Mẫu số summed per code. No checks, no
   summary written: the project's command must beat this by doing less work per file, not by skipping work. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";

const dir = process.argv[2];
const sums = new Map();
for (const name of readdirSync(dir)
  .filter((n) => n.endsWith(".xlsx"))
  .sort()) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(join(dir, name)));
  for (const sheet of workbook.worksheets) {
    let columns;
    sheet.eachRow((row) => {
      const texts = (row.values ?? []).map((v) => (typeof v === "string" ? v.trim() : v));
      if (!columns && texts.includes("Mã")) {
        columns = { id: texts.indexOf("Mã"), num: texts.indexOf("Tử số"), den: texts.indexOf("Mẫu số") };
      } else if (columns && columns.num > 0 && typeof texts[columns.id] === "string") {
        const sum = sums.get(texts[columns.id]) ?? [0, 0];
        sum[0] += Number(texts[columns.num]) || 0;
        sum[1] += Number(texts[columns.den]) || 0;
        sums.set(texts[columns.id], sum);
      }
    });
  }
}
console.log(`${sums.size} mã`);
