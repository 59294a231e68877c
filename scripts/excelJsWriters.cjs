/* What the command line's bundle gets for `import ExcelJS from "exceljs"` (scripts/cli.cjs aliases it here): the
   parts the code uses, the workbook (writing, and loading a history workbook) and the streaming writer, with
   ExcelJS's enums. ExcelJS's own entry also loads its streaming reader and unzipper, which nothing here uses, and
   that is a tenth of a second of every command's start. */
module.exports = {
  Workbook: require("exceljs/lib/doc/workbook"),
  stream: { xlsx: { WorkbookWriter: require("exceljs/lib/stream/xlsx/workbook-writer") } },
  ...require("exceljs/lib/doc/enums"),
};
