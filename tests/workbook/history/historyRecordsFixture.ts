/** Two history rows, one of each kind, as the history sheet's tests write and read them back. */
import type { HistoryRecord } from "../../../src/domain/history/types";

export const HISTORY_RECORDS: HistoryRecord[] = [
  {
    period: "2026-04",
    unitId: "so-khcn",
    unitName: "Sở Khoa học và Công nghệ",
    kind: "indicator",
    itemId: "CDS.II.2",
    value: 87.5,
    numerator: 35,
    denominator: 40,
    text: "Ước 87,5%",
    receivedAt: "2026-04-09T02:00:00.000Z",
    file: "2026-04_so-khcn.xlsx",
    cell: "Chỉ tiêu!F7",
  },
  {
    period: "2026-04",
    unitId: "xa-muong-sai",
    unitName: "Xã Mường Sại",
    kind: "task",
    itemId: "NV.I.1",
    // A unit's text is data: it must come back as text, never become a formula.
    text: '=HYPERLINK("http://x")',
    status: "Đang thực hiện",
    progress: 60,
    file: "2026-04_xa-muong-sai.xlsx",
    cell: "Nhiệm vụ!H9",
  },
];
