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

const useStyles = makeStyles({
  scroll: { maxHeight: "320px", overflowY: "auto" },
  numeric: { textAlign: "right", width: "72px" },
  status: { width: "96px" },
  select: { width: "32px" },
  time: { width: "112px" },
  detail: { display: "block", color: tokens.colorNeutralForeground3 },
  group: { fontWeight: tokens.fontWeightSemibold, backgroundColor: tokens.colorNeutralBackground3 },
});

const GROUPS: UnitGroup[] = ["so", "xa", "other"];
const COLUMNS = 5;

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
            <TableHeaderCell>{texts.columns.unit}</TableHeaderCell>
            <TableHeaderCell className={styles.status}>{texts.columns.status}</TableHeaderCell>
            <TableHeaderCell className={styles.time}>{receiptPaneTexts.timeColumn}</TableHeaderCell>
            <TableHeaderCell className={styles.numeric}>{texts.columns.problems}</TableHeaderCell>
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
                    <TableCell>
                      {row.name}
                      {row.reason !== undefined && <Caption1 className={styles.detail}>{row.reason}</Caption1>}
                    </TableCell>
                    <TableCell className={styles.status}>
                      <Badge appearance="tint" color={BADGE_COLOR[row.status]}>
                        {texts.status[row.status]}
                      </Badge>
                    </TableCell>
                    <TableCell className={styles.time}>
                      {row.receivedAt ? (
                        <>
                          {receiptTimeText(row.receivedAt)}
                          <Caption1 className={styles.detail}>
                            {receiptTexts.sources[row.receiptSource ?? "file"]}
                          </Caption1>
                        </>
                      ) : (
                        texts.noFile
                      )}
                    </TableCell>
                    <TableCell className={styles.numeric}>
                      {row.file === undefined ? texts.noFile : texts.problems(row.errors, row.warnings)}
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
