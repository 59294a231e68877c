/** The hidden, tamper-evident identity of a form: key/value rows the reader checks before anything else. */
import type { FormIdentity } from "../../domain/submission/types";
import { createSheet, setRow } from "../model/buildSheet";
import type { Sheet } from "../model/types";
import { FORM_SHEETS, IDENTITY_KEYS } from "./formLayout";

/** veryHidden: Excel's Unhide menu does not list it, so only code (ours or VBA) can show it. */
export function addIdentitySheet(identity: FormIdentity): Sheet {
  const sheet = createSheet(FORM_SHEETS.identity, "veryHidden");
  (Object.keys(IDENTITY_KEYS) as (keyof FormIdentity)[]).forEach((key, i) =>
    setRow(sheet, i + 1, [IDENTITY_KEYS[key], identity[key]]),
  );
  return sheet;
}
