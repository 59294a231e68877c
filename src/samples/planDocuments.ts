/**
 * The documents sample units list on their form's "Văn bản" sheet: the May 2026 report's Phụ lục I
 * (data/documents-2026-05.json), dealt out to the sở that advised them, some reported by two units (typed
 * differently), the day written as a real date or as text, plus one document from before the window and one
 * row whose số/ký hiệu is not one, so the demo's Phụ lục I has real rows and the findings one slip.
 */
import documents from "./data/documents-2026-05.json";
import type { DocumentPlan } from "./samplePlan";
import { documentSampleTexts } from "../domain/texts/samples";

interface SeedDocument {
  stt: number;
  number: string;
  date: string;
  summary: string;
}

const BY_STT = new Map((documents as SeedDocument[]).map((document) => [document.stt, document]));

/** A unit's share: the report's lines by STT, each with how the unit types its day (and number, if otherwise). */
interface Share {
  stt: number;
  dateAs: DocumentPlan["dateAs"];
  number?: string;
  taskId?: string;
}

const SHARES: Record<string, Share[]> = {
  "so-khcn": [3, 4, 5, 6, 7, 8, 9, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22].map((stt) => ({
    stt,
    dateAs: "date",
    ...(stt === 22 ? { taskId: "NV.I.2" } : {}),
  })),
  // The same documents again, typed by other hands: lower case, "QD" for "QĐ", the day as text.
  "so-yt": [
    { stt: 1, dateAs: "text" },
    { stt: 22, dateAs: "paddedText", number: "1055/qd-ubnd" },
  ],
  "so-tc": [
    { stt: 2, dateAs: "paddedText" },
    { stt: 17, dateAs: "text", number: "3051 / UBND-KGVX" },
  ],
  "so-tp": [{ stt: 10, dateAs: "date" }],
};

/** Sample-only rows (not in the report): one issued before the window opens, one without a số/ký hiệu. */
const EXTRA: Record<string, DocumentPlan[]> = {
  "so-nv": [{ number: "83/KH-UBND", date: "2026-03-12", dateAs: "text", summary: documentSampleTexts.beforeWindow }],
  "phuong-chieng-an": [
    {
      number: documentSampleTexts.notANumber,
      date: "2026-05-05",
      dateAs: "text",
      summary: documentSampleTexts.noNumber,
    },
  ],
};

export function planDocuments(unitId: string): DocumentPlan[] {
  const shared = (SHARES[unitId] ?? []).map(({ stt, dateAs, number, taskId }) => {
    const document = BY_STT.get(stt) as SeedDocument;
    return {
      number: number ?? document.number,
      date: document.date,
      dateAs,
      summary: document.summary,
      ...(taskId ? { taskId } : {}),
    };
  });
  return [...shared, ...(EXTRA[unitId] ?? [])];
}
