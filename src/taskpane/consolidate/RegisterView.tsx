import { useState } from "react";
import {
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { RegisterRow, RegisterStatus } from "../../domain/consolidation/types";
import { uiTexts } from "../../domain/texts/ui";
import { ReceiptCorrection } from "./ReceiptCorrection";
import { RegisterTable } from "./RegisterTable";

const useStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  counts: { display: "grid", gridTemplateColumns: "repeat(2, 1fr)", gap: tokens.spacingHorizontalS, margin: 0 },
  count: {
    display: "flex",
    flexDirection: "column",
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  number: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold, margin: 0 },
});

const STATUSES: RegisterStatus[] = ["received", "late", "missing", "rejected"];

type StatusFilter = RegisterStatus | "all";

export interface RegisterViewProps {
  register: readonly RegisterRow[];
  /** Five or more files in one minute, and the like: said above the table. */
  notices?: readonly string[];
  /** Gives the chosen files the officer's receipt time (an ISO instant); absent, times cannot be corrected here. */
  onCorrect?: (files: string[], receivedAt: string) => void;
  disabled?: boolean;
}

/**
 * The register: how many units sent, late, not at all or unusably, then every recipient by group (RegisterTable),
 * filterable by status; the officer ticks units and gives them a receipt time (ReceiptCorrection).
 */
export function RegisterView({ register, notices = [], onCorrect, disabled = false }: RegisterViewProps) {
  const styles = useStyles();
  const [filter, setFilter] = useState<StatusFilter>("all");
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const texts = uiTexts.consolidate;
  const count = (status: RegisterStatus) => register.filter((row) => row.status === status).length;
  const shown = filter === "all" ? register : register.filter((row) => row.status === filter);
  const toggle = (file: string, on: boolean) =>
    setChosen((current) => {
      const next = new Set(current);
      if (on) next.add(file);
      else next.delete(file);
      return next;
    });
  const files = register.flatMap((row) => (row.file !== undefined && chosen.has(row.file) ? [row.file] : []));
  return (
    <section className={styles.section} aria-labelledby="register-title">
      <Subtitle2 as="h3" id="register-title">
        {texts.registerTitle}
      </Subtitle2>
      <dl className={styles.counts} data-testid="register-counts">
        {STATUSES.map((status) => (
          <div key={status} className={styles.count} data-status={status}>
            <dt>
              <Caption1>{texts.status[status]}</Caption1>
            </dt>
            <dd className={styles.number}>{count(status)}</dd>
          </div>
        ))}
      </dl>
      {notices.map((notice) => (
        <MessageBar key={notice} intent="warning">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ))}
      <Field label={texts.statusFilter}>
        <Select value={filter} onChange={(_, data) => setFilter(data.value as StatusFilter)}>
          <option value="all">{`${texts.allStatuses} (${register.length})`}</option>
          {STATUSES.map((status) => (
            <option key={status} value={status}>{`${texts.status[status]} (${count(status)})`}</option>
          ))}
        </Select>
      </Field>
      {shown.length === 0 ? (
        <Caption1>{texts.noRows}</Caption1>
      ) : (
        <RegisterTable rows={shown} {...(onCorrect ? { chosen, onToggle: toggle } : {})} disabled={disabled} />
      )}
      {onCorrect && (
        <ReceiptCorrection
          files={files}
          disabled={disabled}
          onCorrect={(corrected, receivedAt) => {
            onCorrect(corrected, receivedAt);
            setChosen(new Set());
          }}
        />
      )}
    </section>
  );
}
