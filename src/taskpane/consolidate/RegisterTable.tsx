import { Fragment } from "react";
import {
  Badge,
  Caption1,
  Checkbox,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
  type BadgeProps,
} from "@fluentui/react-components";
import type { UnitGroup } from "../../domain/catalog/types";
import type { RegisterRow, RegisterStatus } from "../../domain/consolidation/types";
import { receiptTimeText } from "../../domain/receipts/receiptTime";
import { receiptPaneTexts, receiptTexts } from "../../domain/texts/receipts";
import { summaryTexts } from "../../domain/texts/summary";
import { uiTexts } from "../../domain/texts/ui";

/**
 * Sized for a task pane about 340 px wide: besides the tick box, only the status has a column of fixed width, so the
 * unit's name keeps most of the row; its receipt time and source sit under it, a file's errors and warnings under its
 * status, and a long word wraps inside its cell instead of running under the next.
 */
const useStyles = makeStyles({
  scroll: { maxHeight: "320px", overflowY: "auto" },
  unit: { overflowWrap: "anywhere" },
  status: { width: "96px" },
  select: { width: "32px" },
  detail: { display: "block", color: tokens.colorNeutralForeground3 },
  group: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

const GROUPS: UnitGroup[] = ["so", "xa", "other"];
const COLUMNS = 3;

const BADGE_COLOR: Record<RegisterStatus, BadgeProps["color"]> = {
  received: "success",
  late: "warning",
  missing: "informative",
  rejected: "danger",
};

export interface RegisterTableProps {
  rows: readonly RegisterRow[];
  /** The files ticked for a receipt time; absent, no row can be ticked. */
  chosen?: ReadonlySet<string>;
  onToggle?: (file: string, on: boolean) => void;
  disabled: boolean;
}

/** When the unit's file was received, and by whose word; a sheet copied in by hand may come without a time. */
function receivedLines(row: RegisterRow): string[] {
  if (!row.receivedAt) return [receiptPaneTexts.noTime];
  return [
    receiptPaneTexts.received(receiptTimeText(row.receivedAt)),
    receiptTexts.sources[row.receiptSource ?? "file"],
  ];
}

/** Every recipient by group: when each form was received and by whose word, why a file was refused. */
export function RegisterTable({ rows: shown, chosen, onToggle, disabled }: RegisterTableProps) {
  const styles = useStyles();
  const texts = uiTexts.consolidate;
  return (
    <div className={styles.scroll} tabIndex={0} role="region" aria-label={texts.registerTitle}>
      <Table size="extra-small" aria-label={texts.registerTitle}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell className={styles.select} />
            <TableHeaderCell className={styles.unit}>{texts.columns.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{texts.columns.status}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {GROUPS.map((group) => {
            const rows = shown.filter((row) => row.group === group);
            if (rows.length === 0) return null;
            return (
              <Fragment key={group}>
                <TableRow data-group={group}>
                  <TableCell colSpan={COLUMNS} className={styles.group}>
                    {receiptPaneTexts.groupHeading(summaryTexts.groups[group], rows.length)}
                  </TableCell>
                </TableRow>
                {rows.map((row) => (
                  <TableRow key={row.unitId} data-unit={row.unitId}>
                    <TableCell className={styles.select}>
                      {chosen && onToggle && row.file !== undefined && (
                        <Checkbox
                          aria-label={receiptPaneTexts.select(row.name)}
                          checked={chosen.has(row.file)}
                          disabled={disabled}
                          onChange={(_, data) => onToggle(row.file as string, data.checked === true)}
                        />
                      )}
                    </TableCell>
                    <TableCell className={styles.unit}>
                      {row.name}
                      {row.file !== undefined && (
                        <div data-receipt>
                          {receivedLines(row).map((line) => (
                            <Caption1 key={line} className={styles.detail}>
                              {line}
                            </Caption1>
                          ))}
                        </div>
                      )}
                      {row.reason !== undefined && <Caption1 className={styles.detail}>{row.reason}</Caption1>}
                    </TableCell>
                    <TableCell className={styles.status}>
                      <Badge appearance="tint" color={BADGE_COLOR[row.status]}>
                        {texts.status[row.status]}
                      </Badge>
                      {row.file !== undefined && (
                        <Caption1 className={styles.detail}>{texts.problems(row.errors, row.warnings)}</Caption1>
                      )}
                    </TableCell>
                  </TableRow>
                ))}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </div>
  );
}
