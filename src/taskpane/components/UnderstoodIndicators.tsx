/**
 * The clerk's own indicators in the 识别结果 panel: those kept in the workbook's settings, each
 * with its definition, to edit or remove; and a small form to add one (name and synonyms, the
 * names of its numerator and denominator, ×100 % / ×1000 ‰ / a ratio ×100, decimals). What is
 * typed is validated by the settings schema (understood/indicators.ts) and goes out through
 * `onChange` like every other correction: the pane keeps it in the workbook and checks again.
 */
import * as React from "react";
import { Button, Field, Input, Select, Text } from "@fluentui/react-components";
import type { IndicatorDef } from "../../engine/layout/indicators";
import type { IndicatorStrings, UnderstoodStrings } from "../i18n.understood";
import {
  EMPTY_INDICATOR_FORM,
  formOf,
  INDICATOR_SCALES,
  indicatorFromForm,
  withIndicator,
  withoutIndicator,
  type IndicatorField,
  type IndicatorForm,
  type IndicatorProblem,
  type IndicatorScale,
} from "../understood/indicators";
import { useStyles, type Shared } from "./understoodStyles";

/** null: no form open; "new": adding one; a number: editing the clerk's indicator at that index. */
type Editing = null | "new" | number;

export function IndicatorsView({ s, settings, canSave, onChange }: Pick<Shared, "s" | "settings" | "canSave" | "onChange">): React.ReactElement | null {
  const styles = useStyles();
  const t = s.indicators;
  const list = settings.indicators ?? [];
  const [editing, setEditing] = React.useState<Editing>(null);
  if (!canSave && list.length === 0) return null;
  const save = (d: IndicatorDef) => {
    setEditing(null);
    onChange(withIndicator(settings, d, typeof editing === "number" ? editing : undefined));
  };
  return (
    <div className={styles.block} data-testid="indicators">
      <div className={styles.treeHeading}>
        <Text size={200} weight="semibold" id="understood-indicators">
          {t.heading}
        </Text>
        {canSave && editing === null ? (
          <Button size="small" appearance="subtle" onClick={() => setEditing("new")}>
            {t.add}
          </Button>
        ) : null}
      </div>
      {canSave ? <div className={styles.muted}>{t.hint}</div> : null}
      {list.length === 0 && editing === null ? <div className={styles.muted}>{t.none}</div> : null}
      <ul className={styles.list} aria-labelledby="understood-indicators">
        {list.map((d, i) => (
          <li key={`${i}:${d.name}`} className={styles.item} data-indicator={d.name}>
            {editing === i ? (
              <IndicatorEditor s={s} initial={formOf(d)} others={names(list, i)} onSave={save} onCancel={() => setEditing(null)} />
            ) : (
              <div className={styles.itemLine}>
                <span className={styles.itemName}>
                  <strong>{d.name}</strong> = {describe(t, d)}
                </span>
                {canSave && editing === null ? (
                  <span className={styles.max}>
                    <Button size="small" appearance="transparent" title={t.editTitle(d.name)} onClick={() => setEditing(i)}>
                      {t.edit}
                    </Button>
                    <Button size="small" appearance="transparent" title={t.removeTitle(d.name)} onClick={() => onChange(withoutIndicator(settings, i))}>
                      {t.remove}
                    </Button>
                  </span>
                ) : null}
              </div>
            )}
          </li>
        ))}
      </ul>
      {editing === "new" ? (
        <IndicatorEditor s={s} initial={EMPTY_INDICATOR_FORM} others={names(list)} onSave={save} onCancel={() => setEditing(null)} />
      ) : null}
    </div>
  );
}

const names = (list: ReadonlyArray<IndicatorDef>, except?: number) => list.filter((_, i) => i !== except).map((d) => d.name);

function describe(t: IndicatorStrings, d: IndicatorDef): string {
  const f = formOf(d);
  return t.definition(f.numerator, f.denominator, f.scale, d.decimals);
}

function IndicatorEditor(props: {
  readonly s: UnderstoodStrings;
  readonly initial: IndicatorForm;
  readonly others: ReadonlyArray<string>;
  readonly onSave: (d: IndicatorDef) => void;
  readonly onCancel: () => void;
}): React.ReactElement {
  const { s, initial, others, onSave, onCancel } = props;
  const t = s.indicators;
  const styles = useStyles();
  const [form, setForm] = React.useState<IndicatorForm>(initial);
  // problems are shown once the clerk tries to save, then follow what is typed
  const [tried, setTried] = React.useState(false);
  const result = React.useMemo(() => indicatorFromForm(form, others), [form, others]);
  const problems: ReadonlyArray<IndicatorProblem> = tried && !result.ok ? result.problems : [];
  const problemOf = (field: IndicatorField) => {
    const p = problems.find((q) => q.field === field);
    return p ? { validationState: "error" as const, validationMessage: t.problem(p) } : {};
  };
  const set = (key: keyof IndicatorForm) => (_: unknown, d: { value: string }) => setForm((f) => ({ ...f, [key]: d.value }));
  const submit = () => {
    setTried(true);
    if (result.ok) onSave(result.indicator);
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    // the Enter that ends a pinyin composition is not a save
    if (e.key !== "Enter" || e.nativeEvent.isComposing || e.keyCode === 229) return;
    e.preventDefault();
    submit();
  };
  return (
    <div className={styles.editor} data-testid="indicator-form" role="group" aria-label={t.heading}>
      <Field size="small" label={t.name} required {...problemOf("name")}>
        <Input size="small" value={form.name} onChange={set("name")} onKeyDown={onKeyDown} />
      </Field>
      <Field size="small" label={t.synonyms} hint={t.wordsHint} {...problemOf("synonyms")}>
        <Input size="small" value={form.synonyms} onChange={set("synonyms")} onKeyDown={onKeyDown} />
      </Field>
      <Field size="small" label={t.numerator} required {...problemOf("numerator")}>
        <Input size="small" value={form.numerator} onChange={set("numerator")} onKeyDown={onKeyDown} />
      </Field>
      <Field size="small" label={t.denominator} required {...problemOf("denominator")}>
        <Input size="small" value={form.denominator} onChange={set("denominator")} onKeyDown={onKeyDown} />
      </Field>
      <Field size="small" label={t.scale}>
        <Select size="small" value={form.scale} onChange={(_, d) => setForm((f) => ({ ...f, scale: d.value as IndicatorScale }))}>
          {INDICATOR_SCALES.map((k) => (
            <option key={k} value={k}>
              {t.scales[k]}
            </option>
          ))}
        </Select>
      </Field>
      <Field size="small" label={t.decimals} {...problemOf("decimals")}>
        <Select size="small" value={form.decimals} onChange={(_, d) => setForm((f) => ({ ...f, decimals: d.value }))}>
          <option value="">{t.decimalsAny}</option>
          {["0", "1", "2", "3", "4"].map((n) => (
            <option key={n} value={n}>
              {n}
            </option>
          ))}
        </Select>
      </Field>
      <div className={styles.editorButtons}>
        <Button size="small" appearance="primary" onClick={submit}>
          {s.save}
        </Button>
        <Button size="small" onClick={onCancel}>
          {s.cancel}
        </Button>
      </div>
    </div>
  );
}
