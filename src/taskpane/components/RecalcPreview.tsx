/**
 * 计算得分's preview: every cell the engine would write, as a table a clerk reads in a 320 px
 * pane: the item's name, 原值 → 新值 and how the new value comes about; the formula behind an
 * expander. Rows that would change a number the clerk typed come first, are counted in the
 * header and are not selected by default; 应用 writes only the selected rows. Nothing is written
 * before 应用; 取消 leaves.
 */
import * as React from "react";
import { Button, Checkbox, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { formatNumber } from "../../engine/findings";
import { isCellError, type CellValue } from "../../engine/grid";
import type { CellWrite } from "../../engine/plan";
import type { Lang, Strings } from "../i18n";
import { writeKey } from "../keys";

/** rows rendered; the rest are counted (and written when selected: they are selected unless typed) */
export const MAX_PREVIEW_ROWS = 1000;
/** characters of a long formula shown in the row; the whole text is in its tooltip */
const MAX_SHOWN_CHARS = 100;

function clip(s: string, max = MAX_SHOWN_CHARS): string {
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export { writeKey } from "../keys";

/** One row of the preview: the write as planned for the current choice, and whether it is chosen. */
export interface PreviewRow {
  readonly write: CellWrite;
  /** it would replace a number the clerk typed with a different one */
  readonly typed: boolean;
  readonly selected: boolean;
  /** selected, but with the other choices made nothing changes in the cell */
  readonly unchanged?: boolean;
}

const useStyles = makeStyles({
  root: {
    marginTop: "12px",
    padding: "8px 8px",
    border: `1px solid ${tokens.colorBrandStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  scroller: { maxHeight: "420px", overflowY: "auto", overflowX: "hidden", marginTop: "6px" },
  count: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  typedCount: { display: "block", marginTop: "2px", color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  table: { borderCollapse: "collapse", width: "100%", tableLayout: "fixed", fontSize: tokens.fontSizeBase200 },
  colCheck: { width: "32px" },
  colValues: { width: "38%" },
  th: {
    textAlign: "left",
    fontWeight: tokens.fontWeightSemibold,
    padding: "2px 4px",
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    position: "sticky",
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  td: { padding: "4px 4px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}`, verticalAlign: "top", overflowWrap: "anywhere" },
  typedRow: { backgroundColor: tokens.colorPaletteYellowBackground1 },
  off: { color: tokens.colorNeutralForeground3 },
  name: { display: "block", fontWeight: tokens.fontWeightSemibold },
  cell: { fontFamily: tokens.fontFamilyMonospace, color: tokens.colorNeutralForeground3, marginLeft: "4px", fontWeight: tokens.fontWeightRegular },
  explain: { display: "block", marginTop: "2px", color: tokens.colorNeutralForeground2 },
  typedNote: { display: "block", marginTop: "2px", color: tokens.colorPaletteDarkOrangeForeground1 },
  old: { color: tokens.colorNeutralForeground3 },
  arrow: { margin: "0 3px", color: tokens.colorNeutralForeground3 },
  newValue: { fontWeight: tokens.fontWeightSemibold },
  formula: { marginTop: "2px", fontSize: tokens.fontSizeBase100 },
  code: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: "anywhere", display: "block" },
  summary: { cursor: "pointer", color: tokens.colorBrandForeground1 },
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
  readonly lang: Lang;
  readonly rows: ReadonlyArray<PreviewRow>;
  /** write plain values instead of formulas (shown only when the host can re-plan with it) */
  readonly valuesOnly: boolean;
  readonly onValuesOnly?: (values: boolean) => void;
  readonly onToggle: (key: string, selected: boolean) => void;
  readonly busy: boolean;
  readonly onApply: () => void;
  readonly onCancel: () => void;
}

export function RecalcPreview({ t, lang, rows, valuesOnly, onValuesOnly, onToggle, busy, onApply, onCancel }: RecalcPreviewProps): React.ReactElement {
  const styles = useStyles();
  const shown = rows.slice(0, MAX_PREVIEW_ROWS);
  const typed = rows.filter((r) => r.typed).length;
  const chosen = rows.filter((r) => r.selected && !r.unchanged).length;
  return (
    <section className={styles.root} aria-label={t.recalcPreview} data-testid="recalc-preview">
      <Text weight="semibold" size={300}>
        {t.recalcPreview}
      </Text>
      <Text size={200} className={styles.count} data-testid="recalc-count">
        {t.recalcCount(rows.length)}
      </Text>
      {typed ? (
        <Text size={200} className={styles.typedCount} data-testid="recalc-typed-count">
          {t.recalcTypedCount(typed)}
        </Text>
      ) : null}
      <div className={styles.scroller}>
        <table className={styles.table}>
          <colgroup>
            <col className={styles.colCheck} />
            <col />
            <col className={styles.colValues} />
          </colgroup>
          <thead>
            <tr>
              <th className={styles.th} scope="col">
                <span style={{ position: "absolute", width: 1, height: 1, overflow: "hidden", clip: "rect(0 0 0 0)" }}>{t.recalcWrite}</span>
              </th>
              <th className={styles.th} scope="col">
                {t.recalcItem}
              </th>
              <th className={styles.th} scope="col">
                {t.recalcOldNew}
              </th>
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => {
              const w = r.write;
              const key = writeKey(w);
              const label = w.label || key;
              const explain = lang === "en" ? w.explainEn : w.explain;
              return (
                <tr
                  key={key}
                  data-testid="preview-row"
                  data-cell={key}
                  data-kind={w.kind ?? "score"}
                  data-typed={r.typed ? "true" : "false"}
                  data-selected={r.selected ? "true" : "false"}
                  className={mergeClasses(r.typed && styles.typedRow, !r.selected && styles.off)}
                >
                  <td className={styles.td}>
                    <Checkbox
                      checked={r.selected}
                      disabled={busy}
                      aria-label={t.recalcChoose(label, w.cell)}
                      onChange={(_, d) => onToggle(key, d.checked === true)}
                    />
                  </td>
                  <td className={styles.td}>
                    <span className={styles.name}>
                      {label}
                      {w.label ? <span className={styles.cell}>{w.cell}</span> : null}
                    </span>
                    {explain ? (
                      <span className={styles.explain} data-testid="preview-explain">
                        {explain}
                      </span>
                    ) : null}
                    {r.typed ? <span className={styles.typedNote}>{r.selected ? t.recalcTypedReplaced : t.recalcTypedKept}</span> : null}
                    {w.formula ? (
                      <details className={styles.formula}>
                        <summary className={styles.summary}>{t.recalcFormula}</summary>
                        <code className={styles.code} data-testid="preview-formula">
                          {w.formula}
                        </code>
                      </details>
                    ) : null}
                  </td>
                  <td className={styles.td}>
                    <span className={styles.old} data-testid="preview-old" title={oldContent(w, t.empty)}>
                      {displayValue(w.previous.value, t.empty)}
                    </span>
                    <span className={styles.arrow} aria-hidden>
                      →
                    </span>
                    <span className={styles.newValue} data-testid="preview-new" title={newContent(w, t.empty)}>
                      {r.unchanged ? t.recalcUnchanged : r.selected ? displayValue(w.value, t.empty) : displayValue(w.previous.value, t.empty)}
                    </span>
                    {!r.selected ? <span className={styles.explain}>{t.recalcKeptValue(displayValue(w.value, t.empty))}</span> : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {rows.length > shown.length ? <Text className={styles.more}>{t.recalcMore(rows.length - shown.length)}</Text> : null}
      {onValuesOnly ? (
        <Checkbox checked={valuesOnly} disabled={busy} label={t.recalcValuesOnly} onChange={(_, d) => onValuesOnly(d.checked === true)} />
      ) : null}
      <Text size={200} className={styles.count} data-testid="recalc-chosen">
        {t.recalcChosen(chosen)}
      </Text>
      <div className={styles.buttons}>
        <Button appearance="primary" onClick={onApply} disabled={busy || chosen === 0}>
          {t.apply}
        </Button>
        <Button appearance="secondary" onClick={onCancel} disabled={busy}>
          {t.cancel}
        </Button>
      </div>
    </section>
  );
}
