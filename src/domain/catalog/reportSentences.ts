/** How the report words a task's roll-up: catalog data (data/report-sentences.json), one entry per task that has one. */
import reportSentenceData from "./data/report-sentences.json";
import type { Catalog } from "./types";

export interface TaskSentencePhrases {
  /** What a done unit has done: "đã cập nhật, điều chỉnh Kế hoạch chuyển đổi số năm 2026". */
  done: string;
  /** Opens the list of units not done: "Sở Khoa học và Công nghệ chưa nhận được Kế hoạch của". */
  notDoneLead: string;
  /** Present when section I of the report carries the roll-up, opened by `leadIn`. */
  leadership?: { leadIn: string };
}

interface ReportSentenceData {
  year: number;
  tasks: Record<string, TaskSentencePhrases>;
}

const shipped: ReportSentenceData[] = [reportSentenceData];

/** Task id → phrases for the catalog's plan year, limited to the catalog's tasks; empty for another year. */
export function reportSentencesFor(catalog: Catalog): Map<string, TaskSentencePhrases> {
  const taskIds = new Set(catalog.tasks.map((task) => task.id));
  const data = shipped.find((entry) => entry.year === catalog.year);
  return new Map(Object.entries(data?.tasks ?? {}).filter(([taskId]) => taskIds.has(taskId)));
}
