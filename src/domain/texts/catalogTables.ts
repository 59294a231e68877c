/** Vietnamese messages about the catalog: the catalog sheets typed in the workbook, and the catalog built from rows. */
const quoted = (text: string) => `“${text}”`;
const at = (sheet: string, row: number) => `Trang ${quoted(sheet)}, dòng ${row}`;
const atItem = (sheet: string, row: number, id: string) => `${at(sheet, row)} (mã ${id})`;

export const catalogTableTexts = {
  missingSheet: (sheet: string) =>
    `Sổ làm việc chưa có trang ${quoted(sheet)}. Hãy bấm “Đưa danh mục vào sổ làm việc” rồi sửa trên các trang đó.`,
  missingHeaderRow: (sheet: string, idHeader: string) =>
    `Trang ${quoted(sheet)}: không tìm thấy dòng tên cột (có cột ${quoted(idHeader)}). Không đổi tên các cột của danh mục.`,
  missingHeaders: (sheet: string, headers: string[]) =>
    `Trang ${quoted(sheet)}: thiếu cột ${headers.map(quoted).join(", ")}. Không đổi tên hay xóa các cột của danh mục.`,
  missingYear: (sheet: string, label: string) =>
    `Trang ${quoted(sheet)}: chưa ghi năm kế hoạch vào ô bên phải ô ${quoted(label)}.`,
  badYear: (sheet: string, text: string) =>
    `Trang ${quoted(sheet)}: năm kế hoạch ${quoted(text)} không phải là một năm (ví dụ 2027).`,
  badPopulation: (sheet: string, label: string, text: string) =>
    `Trang ${quoted(sheet)}: ô bên phải ô ${quoted(label)} ghi ${quoted(text)}, phải là số người (ví dụ 1.248.415), hoặc để trống nếu chưa có.`,
  badPopulationYear: (sheet: string, label: string, text: string) =>
    `Trang ${quoted(sheet)}: ô bên phải ô ${quoted(label)} ghi ${quoted(text)}, phải là năm của số dân (ví dụ 2019).`,
  noRows: (sheet: string) => `Trang ${quoted(sheet)} chưa có dòng nào dưới dòng tên cột.`,
  emptyId: (sheet: string, row: number, header: string) => `${at(sheet, row)}: chưa ghi ${quoted(header)}.`,
  emptyField: (sheet: string, row: number, id: string, header: string) =>
    `${atItem(sheet, row, id)}: chưa ghi ${quoted(header)}.`,
  unknownChoice: (sheet: string, row: number, id: string, header: string, text: string, choices: string[]) =>
    `${atItem(sheet, row, id)}: cột ${quoted(header)} ghi ${quoted(text)}, phải là một trong: ${choices.map(quoted).join(", ")}.`,
  badFlag: (sheet: string, row: number, id: string, header: string, text: string) =>
    `${atItem(sheet, row, id)}: cột ${quoted(header)} ghi ${quoted(text)}; ghi “x” cho dòng tiêu đề, để trống cho dòng thường.`,
  badPartialFlag: (sheet: string, row: number, id: string, header: string, text: string) =>
    `${atItem(sheet, row, id)}: cột ${quoted(header)} ghi ${quoted(text)}; ghi “x” khi danh mục mới có một phần nhiệm vụ của chương trình, để trống khi đã đủ.`,
  badCount: (sheet: string, row: number, id: string, header: string, text: string) =>
    `${atItem(sheet, row, id)}: cột ${quoted(header)} ghi ${quoted(text)}; ghi một số nguyên dương (ví dụ 28) hoặc để trống.`,
  duplicateId: (sheet: string, row: number, id: string, firstRow: number) =>
    `${at(sheet, row)}: mã ${id} trùng với mã ở dòng ${firstRow}.`,
  unknownParent: (sheet: string, row: number, id: string, header: string, parentId: string) =>
    `${atItem(sheet, row, id)}: cột ${quoted(header)} ghi mã ${parentId}, không có dòng nào mang mã này trong trang.`,
  itemIssue: (sheet: string, row: number, id: string, message: string) => `${atItem(sheet, row, id)}: ${message}`,
  rowIssue: (sheet: string, row: number, message: string) => `${at(sheet, row)}: ${message}`,
};

/** Messages of building a catalog from its rows, whichever sheet or data file the rows came from. */
export const catalogTexts = {
  duplicateId: (id: string) => `Mã ${id} bị trùng.`,
  unknownProgramme: (taskId: string, programmeId: string) =>
    `Nhiệm vụ ${taskId} thuộc chương trình mã ${quoted(programmeId)}, không có chương trình nào mang mã này.`,
  /** The shipped catalog failed to build: a defect of the program, never of the officer's input. */
  builtInInvalid: (year: number, messages: string[]) => `Danh mục ${year} không hợp lệ: ${messages.join("; ")}`,
  noPopulationScale:
    "Chỉ tiêu tính trên số dân nhưng tên chỉ tiêu không nói tính trên bao nhiêu dân (ví dụ “trên 01 vạn dân”, “trên 1.000 dân”).",
};
