/** The sentences the officer types about who has reported: "x/15 sở, ban, ngành và y/75 xã, phường đã gửi báo cáo…". */
import type { Completeness, RegisterRow } from "../consolidation/types";
import { reportDeadline } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { vietnameseDate } from "../language/vietnameseDate";
import { completenessTexts } from "../texts/report";

/** Units without an accepted file are named, sở before xã, in register order. */
export function completenessSentence({ so, xa }: Completeness): string {
  const received = completenessTexts.received(
    completenessTexts.fraction(so.received, so.total),
    completenessTexts.fraction(xa.received, xa.total),
  );
  return completenessTexts.sentence(received, [...so.missing, ...xa.missing]);
}

/** "Gửi muộn (sau ngày 10/5/2026): …." naming every late unit, or undefined when none was late. */
export function lateSentence(register: RegisterRow[], period: Period): string | undefined {
  const late = namesWithStatus(register, "late");
  return late.length === 0 ? undefined : completenessTexts.late(vietnameseDate(reportDeadline(period)), late);
}

/** "Tệp không hợp lệ, cần gửi lại: …." naming every unit whose file was rejected, or undefined when none was. */
export function rejectedSentence(register: RegisterRow[]): string | undefined {
  const rejected = namesWithStatus(register, "rejected");
  return rejected.length === 0 ? undefined : completenessTexts.rejected(rejected);
}

/** "Đơn vị khác chưa gửi báo cáo: …." naming the other recipients without an accepted file, or undefined. */
export function otherMissingSentence(register: RegisterRow[]): string | undefined {
  const missing = register
    .filter((row) => row.group === "other" && (row.status === "missing" || row.status === "rejected"))
    .map((row) => row.name);
  return missing.length === 0 ? undefined : completenessTexts.otherMissing(missing);
}

function namesWithStatus(register: RegisterRow[], status: RegisterRow["status"]): string[] {
  return register.filter((row) => row.status === status).map((row) => row.name);
}
