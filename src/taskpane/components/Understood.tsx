/**
 * What the add-in understood of each sheet (issue 7, items 1 and 3): its kind and tables, the
 * role read for every column, and on scoring sheets the item tree with max points and whether
 * each item's scoring standard was understood. Where the workbook can keep settings the clerk
 * corrects a column's role or a sheet's kind, states a rule by hand in the short form (checked
 * with the engine's own parser as it is typed), and chooses which score column is computed.
 * Every change goes out through `onChange` as new WorkbookSettings; the pane keeps them in the
 * workbook and checks again, so what is shown here always comes from the engine.
 */
import * as React from "react";
import { cellAddress } from "../../engine/address";
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Badge,
  Button,
  Checkbox,
  Input,
  Link,
  makeStyles,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Text,
  tokens,
} from "@fluentui/react-components";
import type { Analysis } from "../../engine";
import { columnName } from "../../engine/address";
import { formatNumber } from "../../engine/findings";
import type { ColumnRole, ItemTree, ScoringItem, SheetLayout, Table } from "../../engine/layout/model";
import type { SheetKind } from "../../engine/plan";
import type { WorkbookSettings } from "../../engine/settings";
import type { Lang } from "../i18n";
import { understoodStrings, type UnderstoodStrings } from "../i18n.understood";
import {
  canStateRule,
  columnCell,
  columnCorrection,
  itemCell,
  kindCorrection,
  LEVEL_MARKS,
  levelCorrection,
  overrideKey,
  readRule,
  reasonIn,
  roleGroupsFor,
  ruleStatus,
  SHEET_KINDS,
  statedRule,
  withColumnRole,
  withItemLevel,
  withRuleOverride,
  withSheetKind,
  type RuleStatus,
} from "../understood/model";

export interface UnderstoodProps {
  readonly lang: Lang;
  readonly analysis: Analysis;
  readonly settings: WorkbookSettings;
  /** false: show read-only (no correction controls) */
  readonly canSave: boolean;
  /** the pane saves them in the workbook and re-checks */
  readonly onChange: (next: WorkbookSettings) => void;
  /** go to a cell */
  readonly onSelect: (sheet: string, address: string) => void;
}

/** Items listed per tree; the rest are counted, not rendered. */
export const MAX_ITEMS_SHOWN = 200;

const useStyles = makeStyles({
  root: { marginTop: "14px" },
  muted: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  headerText: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "8px", minWidth: 0 },
  sheetName: { fontWeight: tokens.fontWeightSemibold, overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", maxWidth: "100%" },
  block: { marginTop: "6px", marginBottom: "6px" },
  line: { display: "flex", alignItems: "center", gap: "6px", flexWrap: "wrap", fontSize: tokens.fontSizeBase200 },
  list: { listStyleType: "none", margin: "2px 0 0 0", padding: 0 },
  column: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    columnGap: "6px",
    fontSize: tokens.fontSizeBase200,
    paddingTop: "1px",
    paddingBottom: "1px",
  },
  colName: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap", textAlign: "left", minWidth: 0 },
  colLetter: { color: tokens.colorNeutralForeground3, marginRight: "4px" },
  roleCell: { display: "flex", alignItems: "center", gap: "4px", justifyContent: "flex-end" },
  select: { width: "9.5em" },
  item: { fontSize: tokens.fontSizeBase200, paddingTop: "2px", paddingBottom: "2px", borderBottom: `1px solid ${tokens.colorNeutralStroke3}` },
  itemLine: { display: "flex", alignItems: "baseline", gap: "6px" },
  itemName: { textAlign: "left", minWidth: 0, overflowWrap: "anywhere" },
  number: { color: tokens.colorNeutralForeground3, marginRight: "4px" },
  max: { marginLeft: "auto", whiteSpace: "nowrap", color: tokens.colorNeutralForeground2 },
  ok: { color: tokens.colorPaletteGreenForeground1 },
  bad: { color: tokens.colorPaletteRedForeground1 },
  rule: { display: "flex", flexWrap: "wrap", alignItems: "baseline", columnGap: "6px", marginTop: "1px" },
  editor: { display: "flex", flexDirection: "column", gap: "4px", marginTop: "4px", marginBottom: "4px" },
  editorButtons: { display: "flex", gap: "6px" },
  treeHeading: { display: "flex", alignItems: "center", justifyContent: "space-between", flexWrap: "wrap", columnGap: "6px" },
  levelSelect: { width: "5.5em", flexShrink: 0 },
});

export function Understood(props: UnderstoodProps): React.ReactElement {
  const { lang, analysis, settings, canSave, onChange } = props;
  const s = understoodStrings(lang);
  const styles = useStyles();
  const sheets = analysis.layout.sheets;
  const bothScores = sheets.some((sh) => sh.trees.some((t) => t.selfScoreCol !== undefined && t.scoreCol !== undefined));
  return (
    <section className={styles.root} aria-label={s.heading} data-testid="understood">
      <Text weight="semibold" size={300}>
        {s.heading}
      </Text>
      {!canSave && sheets.length > 0 ? <div className={styles.muted}>{s.readOnly}</div> : null}
      {sheets.length === 0 ? <div className={styles.muted}>{s.noSheets}</div> : null}
      {bothScores ? <ScoreColumnChoice s={s} settings={settings} canSave={canSave} onChange={onChange} /> : null}
      <Accordion multiple collapsible defaultOpenItems={sheets.length === 1 ? [sheets[0].name] : []}>
        {sheets.map((sheet) => (
          <AccordionItem key={sheet.name} value={sheet.name} data-sheet={sheet.name} data-kind={sheet.kind}>
            <AccordionHeader size="small">
              <span className={styles.headerText}>
                <span className={styles.sheetName}>{sheet.name}</span>
                <span className={styles.muted}>
                  {s.sheetKind[sheet.kind]}
                  {sheet.tables.length > 0 ? ` · ${s.tables(sheet.tables.length)}` : ""}
                </span>
              </span>
            </AccordionHeader>
            <AccordionPanel>
              <SheetPanel {...props} s={s} sheet={sheet} />
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </section>
  );
}

type Shared = UnderstoodProps & { readonly s: UnderstoodStrings };

function ScoreColumnChoice({ s, settings, canSave, onChange }: Pick<Shared, "s" | "settings" | "canSave" | "onChange">): React.ReactElement {
  const styles = useStyles();
  const value = settings.scoreColumn ?? "assessed";
  if (!canSave)
    return (
      <div className={mergeClasses(styles.block, styles.line)} data-testid="score-column">
        <span className={styles.muted}>{s.scoreColumn}:</span>
        <span>{s.scoreColumnChoice[value]}</span>
      </div>
    );
  return (
    <div className={styles.block} data-testid="score-column">
      <Text size={200} id="understood-score-column">
        {s.scoreColumn}
      </Text>
      <RadioGroup
        aria-labelledby="understood-score-column"
        layout="horizontal"
        value={value}
        onChange={(_, d) => {
          const next = d.value === "self" ? "self" : "assessed";
          if (next !== value || settings.scoreColumn === undefined) onChange({ ...settings, scoreColumn: next });
        }}
      >
        <Radio value="assessed" label={s.scoreColumnChoice.assessed} />
        <Radio value="self" label={s.scoreColumnChoice.self} />
      </RadioGroup>
    </div>
  );
}

function SheetPanel(props: Shared & { readonly sheet: SheetLayout }): React.ReactElement {
  const { s, sheet, settings, canSave, onChange } = props;
  const styles = useStyles();
  const corrected = kindCorrection(settings, sheet.name);
  return (
    <div data-testid={`understood-${sheet.name}`}>
      {canSave ? (
        <div className={styles.line}>
          <span className={styles.muted}>{s.kindLabel}</span>
          <Select
            size="small"
            className={styles.select}
            aria-label={`${s.kindLabel}: ${sheet.name}`}
            value={corrected ?? sheet.kind}
            onChange={(_, d) => {
              const kind = d.value as SheetKind;
              if (kind !== (corrected ?? sheet.kind)) onChange(withSheetKind(settings, sheet.name, kind));
            }}
          >
            {SHEET_KINDS.map((k) => (
              <option key={k} value={k}>
                {s.sheetKind[k]}
              </option>
            ))}
          </Select>
          {corrected ? <Corrected {...props} onUndo={() => onChange(withSheetKind(settings, sheet.name, null))} /> : null}
        </div>
      ) : null}
      {sheet.tables.map((table, i) => (
        <TableView key={`${table.headerTop}:${table.firstRow}`} {...props} table={table} index={i + 1} />
      ))}
      {sheet.trees.map((tree) => (
        <TreeView key={`tree:${tree.table.firstRow}`} {...props} tree={tree} />
      ))}
    </div>
  );
}

function Corrected({ s, canSave, onUndo }: Pick<Shared, "s" | "canSave"> & { readonly onUndo: () => void }): React.ReactElement {
  return (
    <>
      <Badge size="small" appearance="tint" color="informative">
        {s.corrected}
      </Badge>
      {canSave ? (
        <Button size="small" appearance="transparent" title={s.undoTitle} onClick={onUndo}>
          {s.undo}
        </Button>
      ) : null}
    </>
  );
}

function TableView(props: Shared & { readonly sheet: SheetLayout; readonly table: Table; readonly index: number }): React.ReactElement {
  const { s, sheet, table, index, settings, canSave, onChange, onSelect } = props;
  const styles = useStyles();
  const groups = roleGroupsFor(table.kind ?? sheet.kind);
  return (
    <div className={styles.block} data-testid="understood-table">
      <div className={styles.line}>
        <Text size={200} weight="semibold">
          {s.tableHeading(index, table.title)}
        </Text>
      </div>
      <div className={styles.muted}>
        {table.headerless
          ? s.headerless(table.firstRow + 1, table.lastRow + 1)
          : s.tableRows(table.headerTop + 1, table.headerBottom + 1, table.firstRow + 1, table.lastRow + 1)}
      </div>
      <ul className={styles.list} aria-label={s.columns}>
        {table.columns.map((column) => {
          const letter = columnName(column.col);
          const cell = columnCell(table, column.col);
          const correction = columnCorrection(settings, sheet.name, column.col);
          const role: ColumnRole = correction ?? column.role;
          return (
            <li key={column.col} className={styles.column} data-col={letter} data-role={role}>
              <Link as="button" className={styles.colName} title={s.goTo(sheet.name, cell)} onClick={() => onSelect(sheet.name, cell)}>
                <span className={styles.colLetter}>{letter}</span>
                {column.header || s.noHeader}
              </Link>
              <span className={styles.roleCell}>
                {canSave ? (
                  <Select
                    size="small"
                    className={styles.select}
                    aria-label={s.roleOf(letter)}
                    value={role}
                    onChange={(_, d) => {
                      const next = d.value as ColumnRole;
                      if (next !== role) onChange(withColumnRole(settings, sheet.name, column.col, next));
                    }}
                  >
                    {groups.map((g) => (
                      <optgroup key={g.group} label={s.roleGroup[g.group]}>
                        {g.roles.map((r) => (
                          <option key={r} value={r}>
                            {s.role[r]}
                          </option>
                        ))}
                      </optgroup>
                    ))}
                  </Select>
                ) : (
                  <span>{s.role[role]}</span>
                )}
                {correction ? (
                  <Corrected s={s} canSave={canSave} onUndo={() => onChange(withColumnRole(settings, sheet.name, column.col, null))} />
                ) : null}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function TreeView(props: Shared & { readonly sheet: SheetLayout; readonly tree: ItemTree }): React.ReactElement {
  const { s, sheet, tree, settings } = props;
  const styles = useStyles();
  const [editing, setEditing] = React.useState<string | null>(null);
  const [levels, setLevels] = React.useState(false);
  const rows = React.useMemo(
    () =>
      tree.items.slice(0, MAX_ITEMS_SHOWN).map((item) => {
        const key = canStateRule(item) ? overrideKey(sheet.name, tree, item, settings.scoreColumn) : undefined;
        const stated = statedRule(settings, key);
        return { item, key, stated, status: ruleStatus(item, stated) };
      }),
    [tree, sheet.name, settings],
  );
  return (
    <div className={styles.block} data-testid="understood-tree">
      <div className={styles.treeHeading}>
        <Text size={200} weight="semibold">
          {s.items(tree.items.length)}
        </Text>
        {props.canSave ? <Checkbox size="medium" label={s.correctLevels} checked={levels} onChange={(_, d) => setLevels(!!d.checked)} /> : null}
      </div>
      <ul className={styles.list}>
        {rows.map((r) => (
          <ItemRow
            key={r.item.row}
            {...props}
            item={r.item}
            ruleKey={r.key}
            stated={r.stated}
            status={r.status}
            editing={r.key !== undefined && editing === r.key}
            levels={levels}
            onEdit={(open) => setEditing(open ? (r.key ?? null) : null)}
          />
        ))}
      </ul>
      {tree.items.length > rows.length ? <div className={styles.muted}>{s.more(tree.items.length - rows.length)}</div> : null}
    </div>
  );
}

function StatusText({ s, lang, status }: { s: UnderstoodStrings; lang: Lang; status: RuleStatus }): React.ReactElement | null {
  const styles = useStyles();
  switch (status.kind) {
    case "none":
      return null;
    case "section":
      return <span className={styles.ok}>{`${s.sectionRule} · ${s.section[status.construct]}`}</span>;
    case "understood":
      return <span className={styles.ok}>{s.understoodRule(s.construct[status.construct])}</span>;
    case "unparsed":
      return (
        <span className={styles.bad} data-testid="rule-reason">
          {`${s.notUnderstood}${lang === "en" ? ": " : ":"}${reasonIn(lang, status)}`}
        </span>
      );
  }
}

function ItemRow(
  props: Shared & {
    readonly sheet: SheetLayout;
    readonly tree: ItemTree;
    readonly item: ScoringItem;
    readonly ruleKey: string | undefined;
    readonly stated: string | undefined;
    readonly status: RuleStatus;
    readonly editing: boolean;
    readonly levels: boolean;
    readonly onEdit: (open: boolean) => void;
  },
): React.ReactElement {
  const { s, lang, sheet, tree, item, ruleKey, stated, status, editing, levels, onEdit, settings, canSave, onChange, onSelect } = props;
  const styles = useStyles();
  const cell = itemCell(tree, item);
  const showStatus = status.kind !== "none" || stated !== undefined;
  const levelFixed = levelCorrection(settings, sheet.name, item.row);
  // what the rule gave, with its numbers (rules/explain.ts), next to what it read
  const scoreCols = [tree.scoreCol, tree.selfScoreCol].filter((c): c is number => c !== undefined).map((c) => cellAddress(item.row, c));
  const scored = props.analysis.scores.find((sc) => sc.sheet === sheet.name && scoreCols.includes(sc.cell));
  const explain = lang === "en" ? scored?.explainEn : scored?.explain;
  return (
    <li
      className={styles.item}
      style={{ paddingLeft: `${Math.min(item.level, 4) * 12}px` }}
      data-row={item.row + 1}
      data-level={item.level}
      data-rule={status.kind}
    >
      <div className={styles.itemLine}>
        <Link as="button" className={styles.itemName} title={s.goTo(sheet.name, cell)} onClick={() => onSelect(sheet.name, cell)}>
          {item.number ? <span className={styles.number}>{item.number}</span> : null}
          {item.name}
        </Link>
        {item.max !== undefined ? <span className={styles.max}>{s.points(formatNumber(item.max))}</span> : null}
        {levelFixed !== null ? (
          <Corrected s={s} canSave={canSave} onUndo={() => onChange(withItemLevel(settings, sheet.name, item.row, null))} />
        ) : null}
        {canSave && levels && item.section !== "total" ? (
          <Select
            size="small"
            className={styles.levelSelect}
            aria-label={s.levelOf(item.name)}
            value={String(levelFixed ?? item.level)}
            onChange={(_, d) => {
              const level = Number(d.value);
              if (level !== (levelFixed ?? item.level)) onChange(withItemLevel(settings, sheet.name, item.row, level));
            }}
          >
            {LEVEL_MARKS.map((mark, level) => (
              <option key={mark} value={String(level)}>
                {mark}
              </option>
            ))}
          </Select>
        ) : null}
      </div>
      {showStatus || explain || (canSave && ruleKey !== undefined) ? (
        <div className={styles.rule}>
          {stated !== undefined ? <span className={styles.muted}>{s.statedRule(stated)}</span> : null}
          <StatusText s={s} lang={lang} status={status} />
          {explain ? (
            <span className={styles.muted} data-testid="rule-explain">
              {explain}
            </span>
          ) : null}
          {canSave && ruleKey !== undefined && !editing ? (
            stated !== undefined ? (
              <>
                <Link as="button" onClick={() => onEdit(true)}>
                  {s.editRule}
                </Link>
                <Link as="button" onClick={() => onChange(withRuleOverride(settings, ruleKey, null))}>
                  {s.clearRule}
                </Link>
              </>
            ) : (
              <Link as="button" title={s.stateRuleLabel(item.name)} onClick={() => onEdit(true)}>
                {s.stateRule}
              </Link>
            )
          ) : null}
        </div>
      ) : null}
      {stated !== undefined && item.ruleText ? <div className={styles.muted}>{s.sheetText(item.ruleText)}</div> : null}
      {editing && canSave && ruleKey !== undefined ? (
        <RuleEditor
          s={s}
          lang={lang}
          item={item}
          initial={stated ?? ""}
          onCancel={() => onEdit(false)}
          onSave={(text) => {
            onEdit(false);
            onChange(withRuleOverride(settings, ruleKey, text));
          }}
        />
      ) : null}
    </li>
  );
}

function RuleEditor({
  s,
  lang,
  item,
  initial,
  onSave,
  onCancel,
}: {
  s: UnderstoodStrings;
  lang: Lang;
  item: ScoringItem;
  initial: string;
  onSave: (text: string) => void;
  onCancel: () => void;
}): React.ReactElement {
  const styles = useStyles();
  const [text, setText] = React.useState(initial);
  const status = React.useMemo(() => (text.trim() ? readRule(text, item) : null), [text, item]);
  const ok = status?.kind === "understood";
  const save = () => {
    if (ok) onSave(text.trim());
  };
  return (
    <div className={styles.editor} data-testid="rule-editor">
      <Input
        size="small"
        autoFocus
        aria-label={s.stateRuleLabel(item.name)}
        placeholder={s.typeRule}
        value={text}
        onChange={(_, d) => setText(d.value)}
        onKeyDown={(e) => {
          // Enter that ends an IME composition (拼音 input) is not a save
          if (e.nativeEvent.isComposing || e.keyCode === 229) return;
          if (e.key === "Enter") save();
          else if (e.key === "Escape") onCancel();
        }}
      />
      <div className={styles.muted}>{s.shortFormHint}</div>
      <div aria-live="polite">{status ? <StatusText s={s} lang={lang} status={status} /> : null}</div>
      <div className={styles.editorButtons}>
        <Button size="small" appearance="primary" disabled={!ok} onClick={save}>
          {s.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
