/**
 * A May 2026 round as the officer meets it: almost every unit sent its form, Sở KH&CN sent twice, two units were
 * late, one commune's file was refused and two units sent nothing; plus the findings validation raised.
 */
import { consolidateAndReport } from "../../../src/domain/report/reportConsolidation";
import type { FileOutcome } from "../../../src/domain/consolidation/types";
import type { Finding } from "../../../src/domain/validation/types";
import {
  catalog,
  expectedUnitIds,
  indicatorEntry,
  period,
  taskEntry,
  unitFile,
} from "../../domain/consolidation/fixtures";

export { catalog };

export const MISSING = ["so-ngv", "xa-muong-sai"];
export const REJECTED = "xa-ta-xua";
/** Why the refused commune's file was refused, as its finding says. */
export const REFUSAL = "Tệp là báo cáo tháng 4/2026, không phải báo cáo tháng 5/2026 đang tổng hợp.";
const LATE: Record<string, string> = { "so-gddt": "2026-05-12T16:30:00", "xa-chieng-sung": "2026-05-11T07:45:00" };

export const fileName = (unitId: string) => `2026-05_${unitId}.xlsx`;

/** Each unit's share of CDS.III.4 (hồ sơ TTHC được số hóa): Tử số 90–99 of Mẫu số 100, so 95/100 for Sở Y tế. */
function digitisedRecords(unitId: string, index: number) {
  const numerator = unitId === "so-yt" ? 95 : 90 + (index % 10);
  return indicatorEntry("CDS.III.4", undefined, {
    numerator,
    denominator: 100,
    cell: { sheet: "Chỉ tiêu", cell: "H30" },
  });
}

function ownEntries(unitId: string): Pick<FileOutcome, "indicators" | "tasks"> {
  if (unitId === "so-khcn") {
    return {
      indicators: [
        indicatorEntry("CDS.I.1", "67,1%", { cell: { sheet: "Chỉ tiêu", cell: "F7" } }),
        indicatorEntry("CDS.III.22", "3,5%", { cell: { sheet: "Chỉ tiêu", cell: "F44" } }),
      ],
      tasks: [
        taskEntry(
          "NV.V.2",
          "in_progress",
          "Ban hành Kế hoạch số 56/KH-SKHCN ngày 17/4/2026 triển khai thử nghiệm ứng dụng Misa OneAI.",
        ),
      ],
    };
  }
  if (unitId === "so-yt") {
    return {
      indicators: [indicatorEntry("CDS.II.8.1", "40,86%", { cell: { sheet: "Chỉ tiêu", cell: "F20" } })],
      tasks: [
        taskEntry(
          "NV.VI.1",
          "in_progress",
          "Các bệnh viện đã công bố triển khai hồ sơ bệnh án điện tử tiếp tục đầu tư, bổ sung cơ sở vật chất.",
        ),
      ],
    };
  }
  return { indicators: [], tasks: [] };
}

function roundFiles(): FileOutcome[] {
  const files = expectedUnitIds.flatMap((unitId, index): FileOutcome[] => {
    if (MISSING.includes(unitId)) return [];
    const own = ownEntries(unitId);
    return [
      unitFile(unitId, {
        file: unitId === "so-khcn" ? "2026-05_so-khcn_lan2.xlsx" : fileName(unitId),
        receivedAt: LATE[unitId] ?? (unitId === "so-khcn" ? "2026-05-09T15:20:00" : "2026-05-08T09:00:00"),
        status: unitId === REJECTED ? "rejected" : "accepted",
        ...(unitId === REJECTED ? { reason: REFUSAL } : {}),
        errors: unitId === REJECTED ? 1 : unitId === "so-yt" ? 2 : 0,
        warnings: unitId === "so-yt" ? 1 : 0,
        indicators: [...own.indicators, digitisedRecords(unitId, index)],
        tasks: own.tasks,
      }),
    ];
  });
  const firstKhcn = unitFile("so-khcn", {
    file: fileName("so-khcn"),
    receivedAt: "2026-05-07T08:00:00",
    status: "replaced",
    replacedBy: "2026-05_so-khcn_lan2.xlsx",
    indicators: [indicatorEntry("CDS.I.1", "60%")],
  });
  return [firstKhcn, ...files];
}

export const consolidation = consolidateAndReport({
  catalog,
  period: period("2026-05"),
  asOf: "2026-05-14",
  files: roundFiles(),
});

/** Given out of order on purpose: the sheet sorts them. */
export const findings: Finding[] = [
  {
    file: "bao-cao-thang-5.xlsx",
    severity: "error",
    code: "not_a_form",
    message: "Tệp “bao-cao-thang-5.xlsx” không phải biểu mẫu báo cáo do Sở Khoa học và Công nghệ phát hành.",
    fix: "Đề nghị đơn vị dùng biểu mẫu do Sở phát hành.",
  },
  {
    file: fileName(REJECTED),
    unit: REJECTED,
    severity: "error",
    code: "wrong_period",
    message: "Tệp là báo cáo tháng 4/2026, không phải tháng 5/2026.",
    fix: "Đề nghị đơn vị gửi báo cáo tháng 5/2026.",
  },
  {
    file: fileName("so-yt"),
    unit: "so-yt",
    sheet: "Chỉ tiêu",
    cell: "F10",
    severity: "warning",
    code: "cumulative_decreased",
    message: "Kết quả 20% thấp hơn kết quả năm 2025 (21,78%).",
    fix: "Kiểm tra lại số liệu.",
  },
  {
    file: fileName("so-yt"),
    unit: "so-yt",
    sheet: "Chỉ tiêu",
    cell: "F10",
    severity: "error",
    code: "percent_out_of_range",
    message: "Tỷ lệ 140% vượt quá 100%.",
    fix: "Ghi tỷ lệ từ 0 đến 100.",
  },
  {
    file: fileName("so-yt"),
    unit: "so-yt",
    sheet: "Chỉ tiêu",
    cell: "F7",
    severity: "error",
    code: "missing_value",
    message: "Ô trống: cần ghi số liệu hoặc lý do chưa có số liệu.",
    fix: "Ghi số liệu hoặc lý do.",
  },
  {
    file: "2026-05_so-khcn_lan2.xlsx",
    unit: "so-khcn",
    sheet: "Nhiệm vụ",
    cell: "H12",
    severity: "info",
    code: "bad_progress",
    message: "Tỷ lệ hoàn thành được ước tính.",
  },
];
