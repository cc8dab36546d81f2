/**
 * The item tree of a scoring sheet in the 识别结果 panel: each item with its max points, how the
 * engine read its rule (what it read, with the numbers it gave: `analysis.items`), and, where the
 * workbook keeps settings, the rule stated by hand (checked with the engine's parser as it is
 * typed) and the item's level.
 */
import * as React from "react";
import { Badge, Button, Checkbox, Input, Link, Select, Text } from "@fluentui/react-components";
import { formatNumber } from "../../engine/findings";
import type { ItemTree, ScoringItem, SheetLayout } from "../../engine/layout/model";
import type { UnderstoodItem } from "../../engine/scoring/understood";
import type { Lang } from "../i18n";
import type { UnderstoodStrings } from "../i18n.understood";
import { itemCell, LEVEL_MARKS, levelCorrection, readRule, reasonIn, statedRule, withItemLevel, withRuleOverride, type RuleStatus } from "../understood/model";
import { MAX_ITEMS_SHOWN, useStyles, type Shared } from "./understoodStyles";

const NONE: RuleStatus = { kind: "none" };

export function Corrected({ s, canSave, onUndo }: Pick<Shared, "s" | "canSave"> & { readonly onUndo: () => void }): React.ReactElement {
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

export function TreeView(props: Shared & { readonly sheet: SheetLayout; readonly tree: ItemTree }): React.ReactElement {
  const { s, sheet, tree, settings } = props;
  const styles = useStyles();
  const [editing, setEditing] = React.useState<string | null>(null);
  const [levels, setLevels] = React.useState(false);
  // what the engine understood of each item (its rule, cells, explanation, override key), by row
  const understood = React.useMemo(() => {
    const m = new Map<number, UnderstoodItem>();
    for (const u of props.analysis.items ?? []) if (u.sheet === sheet.name) m.set(u.row, u);
    return m;
  }, [props.analysis, sheet.name]);
  const rows = React.useMemo(
    () =>
      tree.items.slice(0, MAX_ITEMS_SHOWN).map((item) => {
        const u = understood.get(item.row);
        const key = u?.overrideKey;
        return { item, u, key, stated: statedRule(settings, key) ?? u?.stated, status: u?.rule ?? NONE };
      }),
    [tree, understood, settings],
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
            understood={r.u}
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
    readonly understood: UnderstoodItem | undefined;
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
  const explain = lang === "en" ? props.understood?.explainEn : props.understood?.explain;
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
