/** The register of who reported ("Tình hình gửi báo cáo"): one row per expected unit, and any other that sent a file. */
import { reportDeadline } from "../language/parsePeriod";
import type { Period } from "../language/types";
import { receiptDay } from "../receipts/receiptTime";
import { compareArrival, latestArrival } from "../submission/arrivalOrder";
import type { FileOutcome, RegisterRow, RegisterStatus } from "./types";
import type { UnitDirectory } from "./unitDirectory";
import { filesByUnit } from "./unitReports";

/**
 * Every unit that receives a form has a row whether or not it sent anything (Công an tỉnh and BHXH tỉnh lead
 * indicators too); a unit without a form only when it sent a file. A unit's row shows its accepted file, or, with
 * none, its latest rejected one.
 */
export function buildRegister(
  directory: UnitDirectory,
  period: Period,
  files: FileOutcome[],
  recipients: ReadonlySet<string>,
): RegisterRow[] {
  const byUnit = filesByUnit(files);
  const deadline = reportDeadline(period);
  return directory.ordered.flatMap((unit): RegisterRow[] => {
    const own = byUnit.get(unit.id) ?? [];
    if (!recipients.has(unit.id) && own.length === 0) return [];
    const shown =
      latestArrival(own.filter((file) => file.status === "accepted")) ??
      latestArrival(own.filter((file) => file.status === "rejected"));
    const replacedFiles = own
      .filter((file) => file.status === "replaced")
      .sort(compareArrival)
      .map((file) => file.file);
    const row = { unitId: unit.id, name: unit.name, group: unit.group, replacedFiles };
    if (!shown) return [{ ...row, status: "missing", errors: 0, warnings: 0 }];
    return [
      {
        ...row,
        status: registerStatus(shown, deadline),
        file: shown.file,
        receivedAt: shown.receivedAt,
        ...(shown.receiptSource ? { receiptSource: shown.receiptSource } : {}),
        ...(shown.status === "rejected" && shown.reason !== undefined ? { reason: shown.reason } : {}),
        errors: shown.errors,
        warnings: shown.warnings,
      },
    ];
  });
}

/** Late means received on a later day than the deadline in Sơn La: the time of day does not matter. */
function registerStatus(file: FileOutcome, deadline: string): RegisterStatus {
  if (file.status === "rejected") return "rejected";
  const day = receiptDay(file.receivedAt);
  return day !== undefined && day > deadline ? "late" : "received";
}
