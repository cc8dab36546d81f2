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
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Link,
  mergeClasses,
  Radio,
  RadioGroup,
  Select,
  Text,
} from "@fluentui/react-components";
import { columnName } from "../../engine/address";
import type { ColumnRole, SheetLayout, Table } from "../../engine/layout/model";
import type { SheetKind } from "../../engine/plan";
import { understoodStrings } from "../i18n.understood";
import { columnCell, columnCorrection, kindCorrection, roleGroupsFor, SHEET_KINDS, withColumnRole, withSheetKind } from "../understood/model";
import { useStyles, type Shared, type UnderstoodProps } from "./understoodStyles";
import { Corrected, TreeView } from "./UnderstoodTree";
import { IndicatorsView } from "./UnderstoodIndicators";

export { MAX_ITEMS_SHOWN, type UnderstoodProps } from "./understoodStyles";

export function Understood(props: UnderstoodProps): React.ReactElement {
  const { lang, analysis, settings, canSave, onChange } = props;
  const s = understoodStrings(lang);
  const styles = useStyles();
  const sheets = analysis.layout.sheets;
  const bothScores = sheets.some((sh) => sh.trees.some((t) => t.selfScoreCol !== undefined && t.scoreCol !== undefined));
  const [openItems, setOpenItems] = React.useState<string[]>(() => (sheets.length === 1 ? [sheets[0].name] : []));
  const section = React.useRef<HTMLElement>(null);
  // asked from 检查范围: the sheet's panel opens and comes into view, its correction controls first
  const focus = props.focus;
  React.useEffect(() => {
    if (!focus) return;
    setOpenItems((items) => (items.includes(focus.sheet) ? items : [...items, focus.sheet]));
    const el = [...(section.current?.querySelectorAll<HTMLElement>("[data-sheet]") ?? [])].find((e) => e.dataset.sheet === focus.sheet);
    el?.scrollIntoView?.({ block: "start" });
    el?.querySelector("button")?.focus();
  }, [focus]);
  return (
    <section ref={section} className={styles.root} aria-label={s.heading} data-testid="understood">
      <Text weight="semibold" size={300}>
        {s.heading}
      </Text>
      {!canSave && sheets.length > 0 ? <div className={styles.muted}>{s.readOnly}</div> : null}
      {sheets.length === 0 ? <div className={styles.muted}>{s.noSheets}</div> : null}
      {bothScores ? <ScoreColumnChoice s={s} settings={settings} canSave={canSave} onChange={onChange} /> : null}
      <Accordion multiple collapsible openItems={openItems} onToggle={(_, d) => setOpenItems(d.openItems.map(String))}>
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
      {sheets.length > 0 ? <IndicatorsView s={s} settings={settings} canSave={canSave} onChange={onChange} /> : null}
    </section>
  );
}

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
