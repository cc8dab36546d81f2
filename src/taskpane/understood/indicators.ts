/**
 * The pure side of the 识别结果 panel's indicator form: what the clerk types (a name and its
 * synonyms, the words naming the numerator and the denominator, the scale, the decimals) becomes
 * an indicator in the shape of src/engine/layout/indicators.json, validated by the settings
 * schema itself (IndicatorSchema), and the settings that add, replace or remove one. No React here.
 */
import type { IndicatorDef } from "../../engine/layout/indicators";
import { IndicatorSchema, type WorkbookSettings } from "../../engine/settings";

/** ×100 (%), ×1000 (‰), or a ratio ×100 (出生人口性别比 = 男 / 女 × 100). */
export const INDICATOR_SCALES = ["percent", "permille", "ratio"] as const;
export type IndicatorScale = (typeof INDICATOR_SCALES)[number];

/** The form as typed: word lists are free text, separated by 、 , , ; ; | or spaces. */
export interface IndicatorForm {
  readonly name: string;
  readonly synonyms: string;
  readonly numerator: string;
  readonly denominator: string;
  readonly scale: IndicatorScale;
  /** "" when not stated */
  readonly decimals: string;
}

export const EMPTY_INDICATOR_FORM: IndicatorForm = { name: "", synonyms: "", numerator: "", denominator: "", scale: "percent", decimals: "" };

/** Which field of the form a problem is on. */
export type IndicatorField = "name" | "synonyms" | "numerator" | "denominator" | "decimals";

export type IndicatorProblem =
  | { readonly field: IndicatorField; readonly what: "missing" }
  | { readonly field: IndicatorField; readonly what: "bad-text"; readonly text: string }
  | { readonly field: "name"; readonly what: "taken" }
  | { readonly field: "decimals"; readonly what: "bad-decimals" };

export type IndicatorResult = { readonly ok: true; readonly indicator: IndicatorDef } | { readonly ok: false; readonly problems: ReadonlyArray<IndicatorProblem> };

/** Words of a list the clerk typed. */
export function wordsOf(text: string): string[] {
  return text
    .split(/[、,,;;|\s]+/u)
    .map((w) => w.trim())
    .filter((w) => w.length > 0);
}

/** A word as literal text in the schema's pattern subset: brackets escaped, nothing else special. */
function literal(word: string): string {
  return word.replace(/[()]/g, (c) => `\\${c}`);
}

/** A pattern back as the word the clerk typed (for editing an indicator). */
function unliteral(pattern: string): string {
  return pattern.replace(/\\([()])/g, "$1");
}

const SCALE: Record<IndicatorScale, { kind: "rate" | "ratio"; scale: 100 | 1000; sym: string }> = {
  percent: { kind: "rate", scale: 100, sym: "%" },
  permille: { kind: "rate", scale: 1000, sym: "‰" },
  ratio: { kind: "ratio", scale: 100, sym: "" },
};

/**
 * The indicator a filled form states, or what is wrong with it. `others` are the names already
 * taken (the clerk's other indicators): a second definition of one name is refused.
 */
export function indicatorFromForm(form: IndicatorForm, others: ReadonlyArray<string> = []): IndicatorResult {
  const problems: IndicatorProblem[] = [];
  const name = form.name.trim();
  const synonyms = wordsOf(form.synonyms).filter((w) => w !== name);
  const num = wordsOf(form.numerator);
  const den = wordsOf(form.denominator);
  if (!name) problems.push({ field: "name", what: "missing" });
  else if (others.includes(name)) problems.push({ field: "name", what: "taken" });
  if (num.length === 0) problems.push({ field: "numerator", what: "missing" });
  if (den.length === 0) problems.push({ field: "denominator", what: "missing" });
  const d = form.decimals.trim();
  const decimals = d === "" ? undefined : /^[0-4]$/.test(d) ? Number(d) : NaN;
  if (Number.isNaN(decimals)) problems.push({ field: "decimals", what: "bad-decimals" });
  const { kind, scale, sym } = SCALE[form.scale];
  // the indicator's own row is never its numerator or denominator (孕检率 is not 孕检), unless the clerk names a rate
  const namesRate = (words: string[]) => words.some((w) => w.includes("率"));
  const candidate = {
    name,
    kind,
    definition: `${num.join("、")} / ${den.join("、")} × ${scale}${sym ? ` (${sym})` : ""}`,
    rate: [name, ...synonyms].map(literal),
    num: num.map(literal),
    ...(namesRate(num) ? {} : { notNum: ["率"] }),
    den: den.map(literal),
    ...(namesRate(den) ? {} : { notDen: ["率"] }),
    scale,
    ...(decimals !== undefined && !Number.isNaN(decimals) ? { decimals } : {}),
  };
  // the settings schema is the judge: a word it refuses is said on its field
  const parsed = IndicatorSchema.safeParse(candidate);
  if (!parsed.success) {
    const fields: Record<string, { field: IndicatorField; words: string[] }> = {
      rate: { field: "synonyms", words: [name, ...synonyms] },
      num: { field: "numerator", words: num },
      den: { field: "denominator", words: den },
      name: { field: "name", words: [name] },
    };
    for (const issue of parsed.error.issues) {
      const [key, index] = issue.path;
      const f = fields[String(key)];
      if (!f) continue;
      const text = typeof index === "number" ? (f.words[index] ?? "") : f.words.join("、");
      if (!text) continue; // already said as missing
      const field: IndicatorField = key === "rate" && index === 0 ? "name" : f.field;
      if (!problems.some((p) => p.field === field)) problems.push({ field, what: "bad-text", text });
    }
    if (problems.length === 0) problems.push({ field: "name", what: "bad-text", text: name });
  }
  if (problems.length || !parsed.success) return { ok: false, problems };
  return { ok: true, indicator: parsed.data };
}

/** The form that states an indicator already kept (to edit it). */
export function formOf(d: IndicatorDef): IndicatorForm {
  const scale: IndicatorScale = d.kind === "ratio" ? "ratio" : d.scale === 1000 ? "permille" : "percent";
  return {
    name: d.name,
    synonyms: d.rate.map(unliteral).filter((w) => w !== d.name).join("、"),
    numerator: d.num.map(unliteral).join("、"),
    denominator: d.den.map(unliteral).join("、"),
    scale,
    decimals: d.decimals === undefined ? "" : String(d.decimals),
  };
}

/** The settings with an indicator added (at === undefined) or the one at `at` replaced. */
export function withIndicator(settings: WorkbookSettings, indicator: IndicatorDef, at?: number): WorkbookSettings {
  const list = [...(settings.indicators ?? [])];
  if (at === undefined || at < 0 || at >= list.length) list.push(indicator);
  else list[at] = indicator;
  return { ...settings, indicators: list };
}

/** The settings without the indicator at `at` (the field left out when none remain). */
export function withoutIndicator(settings: WorkbookSettings, at: number): WorkbookSettings {
  const list = (settings.indicators ?? []).filter((_, i) => i !== at);
  const { indicators: _dropped, ...rest } = settings;
  return list.length ? { ...rest, indicators: list } : rest;
}
