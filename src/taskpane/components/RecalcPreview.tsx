/**
 * 重新计算's preview: every cell the engine would write, what it holds now and what it would hold,
 * before anything is written. The clerk confirms with 应用 or leaves with 取消.
 */
import * as React from "react";
import { Button, Checkbox, makeStyles, Text, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../engine/findings";
import { isCellError, type CellValue } from "../../engine/grid";
import type { CellWrite } from "../../engine/plan";
import type { Strings } from "../i18n";

/** rows rendered; the rest are counted (the writes applied are always all of them) */
export const MAX_PREVIEW_ROWS = 1000;
/** characters of a long formula shown in the row; the whole text is in its tooltip */
const MAX_SHOWN_CHARS = 100;

function clip(s: string, max = MAX_SHOWN_CHARS): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

const useStyles = makeStyles({
  root: {
    marginTop: "12px",
    padding: "8px 10px",
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  scroller: { maxHeight: "320px", overflow: "auto", marginTop: "6px" },
  count: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  colCell: { width: "32%" },
  colOld: { width: "22%" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 6px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  td: { padding: "2px 6px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top", overflowWrap: "anywhere" },
  cell: { fontFamily: tokens.fontFamilyMonospace },
  old: { color: tokens.colorNeutralForeground3 },
  formula: { fontFamily: tokens.fontFamilyMonospace },
  buttons: { display: "flex", gap: "8px", marginTop: "8px", alignItems: "center", flexWrap: "wrap" },
  more: { display: "block", marginTop: "4px", color: tokens.colorNeutralForeground3 },
});

/** A value as the clerk would read it in the sheet. */
export function displayValue(v: CellValue | undefined, empty: string): string {
  if (v === null || v === undefined || v === "") return empty;
  if (isCellError(v)) return v.error;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number") return formatNumber(v);
  return v;
}

/** What a cell holds now: its formula where it has one, else its value. */
export function oldContent(w: CellWrite, empty: string, max = Infinity): string {
  return w.previous.formula ? clip(w.previous.formula, max) : displayValue(w.previous.value, empty);
}

/** What it will hold: the formula and the value it computes, or the value alone. */
export function newContent(w: CellWrite, empty: string, max = Infinity): string {
  const value = displayValue(w.value, empty);
  return w.formula ? `${clip(w.formula, max)} → ${value}` : value;
}

export interface RecalcPreviewProps {
  readonly t: Strings;
  readonly writes: ReadonlyArray<CellWrite>;
  /** write plain values instead of formulas (shown only when the host can re-plan with it) */
  readonly valuesOnly: boolean;
  readonly onValuesOnly?: (values: boolean) => void;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

export function RecalcPreview({ t, writes, valuesOnly, onValuesOnly, busy, onApply, onCancel }: RecalcPreviewProps): React.ReactElement {
  const styles = useStyles();
  const shown = writes.slice(0, MAX_PREVIEW_ROWS);
  return (
    <section className={styles.root} aria-label={t.recalcPreview} data-testid="recalc-preview">
      <Text weight="semibold" size={300}>
        {t.recalcPreview}
      </Text>
      <Text size={200} className={styles.count} data-testid="recalc-count">
        {t.recalcCount(writes.length)}
      </Text>
      <div className={styles.scroller}>
        <table className={styles.table}>
          <colgroup>
            <col className={styles.colCell} />
            <col className={styles.colOld} />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                {t.recalcCell}
              </th>
              <th className={styles.th} scope="col">
                {t.recalcOld}
              </th>
              <th className={styles.th} scope="col">
                {t.recalcNew}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((w) => {
              const key = `${w.sheet}!${w.cell}`;
              const before = oldContent(w, t.empty, MAX_SHOWN_CHARS);
              const after = newContent(w, t.empty, MAX_SHOWN_CHARS);
              return (
                <tr key={key} data-testid="preview-row" data-cell={key}>
                  <td className={`${styles.td} ${styles.cell}`}>{key}</td>
                  <td className={`${styles.td} ${styles.old}`} data-testid="preview-old" title={oldContent(w, t.empty)}>
                    {before}
                  </td>
                  <td className={`${styles.td} ${w.formula ? styles.formula : ""}`} data-testid="preview-new" title={newContent(w, t.empty)}>
                    {after}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {writes.length > shown.length ? <Text className={styles.more}>{t.recalcMore(writes.length - shown.length)}</Text> : null}
      {onValuesOnly ? (
        <Checkbox checked={valuesOnly} disabled={busy} label={t.recalcValuesOnly} onChange={(_, d) => onValuesOnly(d.checked === true)} />
      ) : null}
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onApply} disabled={busy}>
          {t.apply}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </Button>
      </div>
    </section>
  );
}
