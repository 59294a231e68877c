/**
 * The name of each kind of dated change as the officer types it in "Danh mục thay đổi" (a drop-down there). Like the
 * catalog sheets' other labels, these are what the reader understands, not only what it says.
 */
import { revisionTexts } from "../texts/revisions";
import type { RevisionKind } from "./types";

/** The words are texts'; typed here, so a kind without its label fails to compile. */
export const REVISION_KIND_LABELS: Readonly<Record<RevisionKind, string>> = revisionTexts.kindLabels;
