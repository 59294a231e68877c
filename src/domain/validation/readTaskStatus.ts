/** "Đã hoàn thành", "ĐANG THỰC HIỆN", "chua thuc hien." → the task's status; anything else is not a status. */
import { cleanCellText, foldForMatching } from "../language/cellText";
import type { TaskStatus } from "../language/types";

const STATUSES: Record<string, TaskStatus> = {
  "da hoan thanh": "done",
  "dang thuc hien": "in_progress",
  "chua thuc hien": "not_started",
};

export function readTaskStatus(text: string): TaskStatus | undefined {
  const folded = foldForMatching(cleanCellText(text))
    .replace(/[.;,!]+$/, "")
    .trim();
  return STATUSES[folded];
}
