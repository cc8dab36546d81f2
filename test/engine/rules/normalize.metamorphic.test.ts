/**
 * Metamorphic properties of the characters the clause reader sees, over every clause of the
 * development corpora (dev, dev2, dev3) and every seed clause: spellings that are the same
 * clause leave the whole parse unchanged (rule, construct, figures, units, labels, reasons).
 *
 * - the scoring words written in traditional characters (計滿10分為止, 每推遲1個月扣10分): a
 *   hand-written simplified → traditional list of the characters of the lexer's words, its
 *   measure words and the common words of scoring clauses (written here, not derived from the
 *   normaliser's table, so a character the table lacks fails);
 * - 乙 written for the numeral 一 of a count (缺一项 → 缺乙项, 每一次 → 每乙次);
 * - the sentences of a clause numbered with enumeration marks (…扣5分;②未及时…);
 * - a unit symbol spelt another way (㎡ ↔ m² ↔ m2).
 */
import { existsSync } from "fs";
import { join } from "path";
import { parseRule } from "../../../src/engine/rules";
import { WORDS } from "../../../src/engine/rules/parse/lexer";
import { AFTER_NUMERAL_CHARS } from "../../../src/engine/rules/parse/normalize";
import { loadCorpus } from "./corpus-run";
import { SEED_CLAUSES } from "./seed-clauses";

const FILES = ["dev.json", "dev2.json", "dev3.json", "dev4.json"].map((f) => join(__dirname, "../../corpus/clauses", f));
const CLAUSES: ReadonlyArray<{ id: string; text: string; max?: number }> = [
  ...SEED_CLAUSES.map((c) => ({ id: c.id, text: c.text, max: c.max })),
  ...FILES.flatMap((f) => (existsSync(f) ? loadCorpus(f).clauses.map((c) => ({ id: c.id, text: c.clause, max: c.max ?? undefined })) : [])),
];

/**
 * Simplified → traditional (the standard traditional form, as a scheme from Taiwan or Hong Kong
 * writes it): every character of the lexer's words and measure words that has a traditional
 * form, then the common characters of scoring clauses.
 */
const TRADITIONAL_FORM: Readonly<Record<string, string>> = {
  // the lexer's words (WORDS), measure words after a numeral (AFTER_NUMERAL_CHARS), two-character units
  间: "間", 辆: "輛", 栋: "棟",
  决: "決", 实: "實", 为: "為", 减: "減", 于: "於", 满: "滿", 计: "計", 给: "給", 记: "記", 无: "無", 认: "認",
  视: "視", 况: "況", 节: "節", 适: "適", 当: "當", 赋: "賦", 应: "應", 终: "終", 数: "數", 总: "總", 绩: "績",
  则: "則", 达: "達", 标: "標", 过: "過", 顶: "頂", 内: "內", 双: "雙", 罚: "罰", 奖: "獎", 励: "勵", 发: "發",
  现: "現", 别: "別", 个: "個", 项: "項", 户: "戶", 处: "處", 条: "條", 场: "場", 点: "點", 种: "種", 台: "臺",
  块: "塊", 张: "張", 届: "屆", 轮: "輪", 册: "冊", 门: "門", 类: "類", 组: "組", 队: "隊", 笔: "筆", 单: "單",
  时: "時", 钟: "鐘", 周: "週", 体: "體", 际: "際", 盏: "盞", 只: "隻",
  // common in scoring clauses
  准: "準", 规: "規", 价: "價", 两: "兩", 万: "萬", 该: "該", 须: "須", 并: "並", 报: "報", 与: "與", 优: "優",
  级: "級", 额: "額", 迟: "遲", 办: "辦", 学: "學", 资: "資", 违: "違", 评: "評", 书: "書", 设: "設", 会: "會",
  议: "議", 务: "務", 县: "縣", 乡: "鄉", 镇: "鎮", 员: "員", 训: "訓", 划: "劃", 费: "費", 经: "經", 质: "質",
  进: "進", 长: "長", 没: "沒", 从: "從", 对: "對", 责: "責", 后: "後", 开: "開", 关: "關", 问: "問", 题: "題",
  档: "檔", 录: "錄", 纪: "紀", 检: "檢", 查: "查", 确: "確", 认定: "認定", 续: "續", 签: "簽", 订: "訂",
  导: "導", 领: "領", 传: "傳", 宣: "宣", 讲: "講", 证: "證", 据: "據", 效: "效", 险: "險", 灾: "災", 卫: "衛",
  护: "護", 环: "環", 境: "境", 态: "態", 积: "積", 极: "極", 参: "參", 与会: "與會", 举: "舉", 构: "構", 统: "統",
  调: "調", 动: "動", 劳: "勞", 绿: "綠", 区: "區", 乐: "樂", 严: "嚴", 历: "歷", 纳: "納", 厅: "廳", 馆: "館",
  图: "圖", 讯: "訊", 说: "說", 请: "請", 阶: "階", 层: "層", 义: "義", 农: "農", 业: "業", 产: "產", 众: "眾",
};
const toTraditional = (s: string): string => {
  let out = "";
  for (const ch of s) out += TRADITIONAL_FORM[ch] ?? ch;
  return out;
};

/** the whole parse: a spelling of the same clause must give exactly the same result */
const parsed = (text: string, max: number | undefined): string => JSON.stringify(parseRule(text, max !== undefined ? { max } : {}));

function holds(name: string, rewrite: (s: string) => string): number {
  let changed = 0;
  const bad: string[] = [];
  for (const c of CLAUSES) {
    const t = rewrite(c.text);
    if (t === c.text) continue;
    changed++;
    const before = parsed(c.text, c.max);
    const after = parsed(t, c.max);
    if (before !== after) bad.push(`${name}: ${c.id}\n  ${c.text}\n→ ${t}\n  ${before}\n≠ ${after}`);
  }
  expect(bad.slice(0, 3).join("\n")).toBe("");
  return changed;
}

describe("spellings of the same clause give the same parse (every corpus and seed clause)", () => {
  it("has the three development sets and the seeds", () => {
    expect(CLAUSES.length).toBeGreaterThanOrEqual(500);
  });

  it("the list covers every character of the lexer's words that has a traditional form", () => {
    // characters that are written the same in traditional text (一 票 否 扣 完 …)
    const same = new Set("一票否定行予以扣完止即至分到零最低得不加默同按均酌情段幅度相累追除上半年下全中考核成未的高超多封限大等或小少足在含及倍去款降浮出增升欠缺差生各比例其率名人次起件家位所篇份期村天元季月套批座部本支宗方面每直光值百折算合床棵要求依具根看科堂回趟遍株");
    const chars = new Set<string>();
    for (const [, ws] of WORDS) for (const w of ws) for (const ch of w) if (ch >= "\u4e00") chars.add(ch);
    for (const ch of AFTER_NUMERAL_CHARS + "部门单位人次季度小时分钟方面户次批次个人") if (ch >= "\u4e00") chars.add(ch);
    const missing = [...chars].filter((ch) => !same.has(ch) && TRADITIONAL_FORM[ch] === undefined);
    expect(missing.join("")).toBe("");
  });

  it("scoring words in traditional characters", () => {
    // most clauses have a character to convert: the property is not vacuous
    expect(holds("traditional", toTraditional)).toBeGreaterThan(CLAUSES.length * 0.9);
  });

  it("乙 for the 一 of a count", () => {
    // 一 standing alone before a measure word (not 十一, 二十一, 甲乙, 一类), as 乙 is typed for it
    const yi = (s: string): string => s.replace(/(?<![零〇一二两三四五六七八九十百千万甲乙丙丁、\d])一(?=[个次项件名人户起例处位家篇份条场张台套块批所])/g, "乙");
    expect(holds("乙", yi)).toBeGreaterThanOrEqual(20);
  });

  it("sentences numbered with enumeration marks", () => {
    const marks = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";
    for (const [name, first] of [["circled", 0x2460], ["parenthesised", 0x2474], ["ideographic", 0x3220]] as const) {
      const number = (s: string): string => {
        // a clause that is numbered already (1.… / (1)… / ①… / 2一名…, its number glued to a count) keeps its own numbers
        if (/^\s*(?:[(（]?\s*[\d一二三四五六七八九十]{1,2}\s*[)）、.．]|[\u2460-\u249b\u3220-\u3229]|\d{1,2}\s*[一二两三四五六七八九十]{1,3}[个名人次项件起例处])/.test(s)) return s;
        let k = 0;
        const mark = (): string => (name === "circled" ? marks[k++ % 20] : String.fromCharCode(first + (k++ % 10)));
        return mark() + s.replace(/[;；。](?=\s*[^\s\d;；。）)])/g, (sep) => `${sep}${mark()}`);
      };
      expect(holds(`${name} marks`, number)).toBeGreaterThan(CLAUSES.length * 0.5);
    }
  });

  it("a unit symbol spelt another way", () => {
    expect(holds("m²", (s) => s.replace(/㎡/g, "m²"))).toBeGreaterThanOrEqual(3);
    expect(holds("m2", (s) => s.replace(/㎡/g, "m2"))).toBeGreaterThanOrEqual(3);
  });
});
