/**
 * Indicators known by their name (出生率, 死亡率, 自然增长率, 计划生育率, 签约率, 建档率 …): the
 * definitions live in a data file (indicators.json), not in code; a workbook may add its own
 * (the clerk states one in the 识别结果 panel, kept in the workbook's settings).
 */
import data from "./indicators.json";

/** One indicator as the data file (or a workbook's settings) states it. */
export interface IndicatorDef {
  readonly name: string;
  readonly kind: "rate" | "ratio" | "natural-increase";
  readonly definition?: string;
  /** patterns naming the indicator itself (an entry starting with ^ must start the name) */
  readonly rate: ReadonlyArray<string>;
  readonly num: ReadonlyArray<string>;
  readonly notNum?: ReadonlyArray<string>;
  readonly den: ReadonlyArray<string>;
  /** the denominator's words when `den` names none */
  readonly den2?: ReadonlyArray<string>;
  readonly notDen?: ReadonlyArray<string>;
  /** 100 for %, 1000 for ‰, when neither the name nor the figures say */
  readonly scale?: number;
  /** the numerator is a part of the denominator */
  readonly coverage?: boolean;
  /** the word a 未… difference names */
  readonly stem?: string;
  /** the decimals the indicator is published with (a finding states the expected figure at them) */
  readonly decimals?: number;
}

/** An indicator ready to match names. */
export interface RateSpec {
  readonly name: string;
  readonly kind: IndicatorDef["kind"];
  readonly rate: RegExp;
  readonly num: RegExp;
  readonly den: RegExp;
  readonly den2?: RegExp;
  readonly notNum?: RegExp;
  readonly notDen?: RegExp;
  readonly defaultScale?: number;
  readonly coverage: boolean;
  readonly stem?: string;
  readonly decimals?: number;
}

function pattern(words: ReadonlyArray<string> | undefined): RegExp | undefined {
  if (!words || words.length === 0) return undefined;
  try {
    return new RegExp(words.join("|"));
  } catch {
    return undefined; // a pattern a clerk mistyped names nothing
  }
}

export function toSpec(d: IndicatorDef): RateSpec | undefined {
  const rate = pattern(d.rate);
  const num = pattern(d.num);
  const den = pattern(d.den);
  if (!rate || !num || !den) return undefined;
  return {
    name: d.name, kind: d.kind, rate, num, den,
    ...(d.den2 ? { den2: pattern(d.den2) } : {}),
    ...(d.notNum?.length ? { notNum: pattern(d.notNum) } : {}),
    ...(d.notDen?.length ? { notDen: pattern(d.notDen) } : {}),
    ...(d.scale ? { defaultScale: d.scale } : {}),
    coverage: !!d.coverage,
    ...(d.stem ? { stem: d.stem } : {}),
    ...(d.decimals !== undefined ? { decimals: d.decimals } : {}),
  };
}

/** A whole and its parts known by name (卫生技术人员 ⊇ 执业(助理)医师 + 注册护士): a partial breakdown. */
export interface BreakdownDef {
  readonly name: string;
  readonly definition?: string;
  readonly whole: ReadonlyArray<string>;
  readonly notWhole?: ReadonlyArray<string>;
  /** one list of patterns per part */
  readonly parts: ReadonlyArray<ReadonlyArray<string>>;
  readonly notParts?: ReadonlyArray<string>;
}

export interface BreakdownSpec {
  readonly whole: RegExp;
  readonly notWhole?: RegExp;
  readonly parts: ReadonlyArray<RegExp>;
  readonly notParts?: RegExp;
}

export const BUILTIN_BREAKDOWNS: ReadonlyArray<BreakdownSpec> = ((data as { breakdowns?: BreakdownDef[] }).breakdowns ?? []).flatMap((d) => {
  const whole = pattern(d.whole);
  const parts = d.parts.map(pattern);
  if (!whole || parts.some((p) => !p)) return [];
  return [{ whole, parts: parts as RegExp[], ...(d.notWhole?.length ? { notWhole: pattern(d.notWhole) } : {}), ...(d.notParts?.length ? { notParts: pattern(d.notParts) } : {}) }];
});

/** The indicators of the data file. */
export const BUILTIN_INDICATORS: ReadonlyArray<IndicatorDef> = (data as { indicators: IndicatorDef[] }).indicators;

const builtin = BUILTIN_INDICATORS.map(toSpec).filter((s): s is RateSpec => !!s);

/** The built-in indicators, after those a workbook adds (a workbook's own definition wins on its names). */
export function indicatorSpecs(extra: ReadonlyArray<IndicatorDef> = []): ReadonlyArray<RateSpec> {
  if (extra.length === 0) return builtin;
  // the same name given twice (the caller's and the workbook's): the first definition wins
  const seen = new Set<string>();
  const own = extra.filter((d) => !seen.has(d.name) && !!seen.add(d.name));
  return [...own.map(toSpec).filter((s): s is RateSpec => !!s), ...builtin];
}
