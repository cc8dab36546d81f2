/**
 * The development clause corpora (test/corpus/clauses/dev.json, dev2.json, dev3.json, dev4.json, dev5.json, dev6.json, dev7.json, dev10.json … dev16.json: real clauses from
 * public schemes, values and scores worked out by hand) measured through `assess rule`, as users
 * run it: accuracy at least ACCURACY_FLOOR; no clause that states a figure the parser did not read is
 * scored; formulas short enough to read (median ≤ 120 characters, longest ≤ 300).
 */
import { existsSync } from "fs";
import { join } from "path";
import { loadCorpus, median, ruleNumbers, runCorpus, statedFigures, type CorpusResult } from "./corpus-run";

const DIR = join(__dirname, "../../corpus/clauses");
/** Issue 10's goal (reached: 0.9708 on 720 cases, 236 clauses, 50 documents, when it was raised). */
const ACCURACY_FLOOR = 0.95;
/**
 * dev2.json: clauses from documents the reader was not built from. 0.5992 (299/499) with the reader
 * before round 4, 0.6533 with main's; 0.8156 (407/499, 166 clauses, 45 documents) at the end of
 * round 4; 0.9158 (457/499) in round 5; 0.9719 (485/499) at the end of round 7; the floor rounded down
 * to 0.05.
 */
const DEV2_FLOOR = 0.95; // 0.9651 (525/544) at the end of round 14: raised from 0.90
/**
 * dev3.json (issue 10, round 5): built without running the reader. Its first figures, before any
 * change made for them: 0.6373 (130/204) on its first 68 clauses / 12 documents, 0.7351 (222/302)
 * on the 105 clauses / 25 documents added later; 0.8988 (453/504, 173 clauses, 37 documents) at
 * the end of round 5 (0.9028 after the last fix); 0.9563 (482/504) at the end of round 7; the floor
 * rounded down to 0.05.
 */
const DEV3_FLOOR = 0.9;
/**
 * dev4.json (issue 10, round 6): built without running the reader. Its first figures, before any
 * change made for them: 0.6686 (113/169) on its first 56 clauses / 14 documents, 0.4922 (126/256) on
 * the 78 clauses / 18 documents added later; 0.7770 (331/426, 134 clauses, 32 documents) at the end
 * of round 6; 0.8286 (353/426) after the clauses3 branch's dev4 kinds; 0.9202 (392/426) at the end of
 * round 7; 0.9108 (388/426) at the end of round 8 (G02-02's rates read by their sign were given up with
 * a rate typed for a yes/no standard); the floor rounded down to 0.05.
 */
const DEV4_FLOOR = 0.9;
/**
 * dev5.json (issue 10, round 6): built without running the reader. Its first figures, before any
 * change made for them: 0.6544 on its first 95 clauses, 0.6538 (187/286) on all 100 clauses / 28
 * documents (main's reader of 03:40 UTC); 0.8252 (236/286) at the end of round 6 (the clauses2
 * branch); 0.9441 (270/286) at the end of round 7; the floor rounded down to 0.05.
 */
/* 0.9755 (279/286) at the end of round 9: the floor raised to 0.95 */
/* 0.9702 (293/302) at the end of round 12: the floor raised to 0.95 */
const DEV5_FLOOR = 0.95;
/**
 * dev6.json (issue 10, round 7): built without running the reader (government schemes). Its first
 * figures, before any change made for them: 0.6838 (160/234) on its first 75 clauses / 18 documents
 * (main 31ed8c1); 0.5682 (75/132) on the 46 clauses / 10 documents added next; 0.6469 (240/371) on
 * 123 clauses / 30 documents (fresh 908f1cb = main c27005f + the fresh branch's dev2–dev5 refusals);
 * 9/10 on the 4 clauses added last. 0.7402 (282/381, 127 clauses / 31 documents) at the end of round 7;
 * 0.9108 (347/381) at the end of round 8; the floor rounded down to 0.05.
 */
/* 0.9565 (396/414) at the end of round 12: the floor raised to 0.95 */
const DEV6_FLOOR = 0.95;
/**
 * dev7.json (issue 10, round 7): built without running the reader (schools, colleges, firms). Its
 * first figures, before any change made for them: 0.6286 (154/245) on its first 77 clauses / 17
 * documents (main 31ed8c1); 0.6364 (98/154) on the 52 clauses / 12 documents added next; 0.6301
 * (264/419) on all 135 clauses / 30 documents (fresh 908f1cb). 0.7112 (298/419) at the end of round 7;
 * 0.8425 (353/419) at the end of round 8; the floor rounded down to 0.05.
 */
/* 0.8226 (371/451) at the end of round 11: the floor raised to 0.80 */
/* 0.8559 (386/451) at the end of round 13: the floor raised to 0.85 */
const DEV7_FLOOR = 0.85;
/**
 * dev10.json (issue 10, round 8): built without running the reader (government schemes). Its first
 * figure, before any change made for it: 0.6082 (236/388, 116 clauses / 29 documents; main 300d21d);
 * 0.7603 (295/388) after r10's readings (round 8); the floor rounded down to 0.05.
 */
/* 0.8273 (321/388) at the end of round 9: the floor raised to 0.80 */
/* 0.8550 (348/407) at the end of round 11: the floor raised to 0.85 */
const DEV10_FLOOR = 0.85;
/**
 * dev11.json (issue 10, round 8): built without running the reader (schools, hospitals, colleges,
 * firms). Its first figure, before any change made for it: 0.5991 (257/429, 149 clauses / 37
 * documents; main 8933abd); the floor rounded down to 0.05. 0.8159 (350/429) at the end of the r11
 * branch (round 8): the floor raised to 0.80.
 */
/* 0.8648 (371/429) at the end of round 9: the floor raised to 0.85 */
/* 0.8725 (397/455) at the end of round 11: the floor raised to 0.85 */
const DEV11_FLOOR = 0.85;
/**
 * dev12.json (issue 10, round 9): built without running the reader (government schemes). Its first
 * figure, before any change made for it: 0.7521 (270/359, 111 clauses / 33 documents; main
 * aee3455); the floor rounded down to 0.05.
 */
/* 0.8524 (306/359) at the end of round 9 (ut, rt, np): the floor raised to 0.85 */
const DEV12_FLOOR = 0.9;
/**
 * dev13.json (issue 10, round 9): built without running the reader (colleges, schools,
 * kindergartens, firms, a health centre). Its first figure, before any change made for it: 0.6432
 * (247/384, 131 clauses / 32 documents; main aee3455); the floor rounded down to 0.05.
 */
/* 0.8229 (316/384) at the end of round 9 (ut, rt, np and the integrator): the floor raised to 0.80 */
/* 0.9160 (371/405) at the end of round 12: the floor raised to 0.90 */
const DEV13_FLOOR = 0.9;
/**
 * dev14.json / dev15.json (issue 10, round 10): built without running the reader (government schemes;
 * schools, kindergartens, colleges, firms, a hospital), with round 10's convention. First figures, before
 * any change made for them: dev14 0.6451 (209/324, 111 clauses / 31 documents) and dev15 0.5584 (220/394,
 * 116 / 31) on the round's start (main dbcbbb8); the floors rounded down to 0.05.
 */
/* end of round 11: dev14 0.7623 (247/324), dev15 0.7208 (284/394): the floors raised to 0.75 and 0.70 */
/* end of round 12: dev14 0.8056 (261/324), dev15 0.7792 (307/394): the floors raised to 0.80 and 0.75 */
const DEV14_FLOOR = 0.85; // 0.8611 (279/324) at the end of round 14: raised from 0.80
const DEV15_FLOOR = 0.75;
/**
 * dev16.json (issue 10, round 12): institutions' reward-and-penalty rules (firms, hotels, property management,
 * schools, colleges, health), many with no max and money per case in 元; built without running the reader (c16),
 * audited (aw: 2 documents whose pages could not be found removed). On arrival 0.3487 (106/304, 110 clauses / 23
 * documents; main 26c23bc, before any change made for it); at the end of round 12 (mc, md and the others) 0.6941
 * (211/304) after the first wave, 0.7829 (238/304) after the second (mx: bare amounts under a fine heading, fines
 * said as a noun): the floor rounded down to 0.05.
 */
/* 0.8421 (256/304) at the end of round 13: the floor raised to 0.80 */
const DEV16_FLOOR = 0.85; // 0.8586 (261/304) at the end of round 14: raised from 0.80
/**
 * dev17.json / dev18.json (issue 10, round 13): built without running the reader — government schemes (many money
 * tallies in 元 on villages, staff and informants) and institutions' quality tables (hospitals, schools, colleges,
 * firms); audited (a17: 29/29 sampled clauses found exact, truths 0 wrong; a18: 36/39 found exact, the two documents
 * whose pages could not be found removed, C07 and C12; truths 0 wrong). On arrival (main 1869bae, before any change
 * made for them): dev17 0.5702 (134/235, 85 clauses / 25 documents), dev18 0.6852 (246/359) after its audit (108 clauses / 21
 * documents): floors rounded down to 0.05.
 */
/* end of round 13 (mz, ms, th, gr, kd and the integrator): dev17 0.8298 (195/235), dev18 0.7716 (277/359): floors 0.80 and 0.75 */
const DEV17_FLOOR = 0.8;
const DEV18_FLOOR = 0.85; // 0.8635 (310/359) at the end of round 14: raised from 0.75
/**
 * dev19.json (issue 10, round 14): built without running the reader from the unused documents of mixed bodies
 * (tax, power supply, grain reserve, drug control, coal mines, factories, a pig farm, party and League branches,
 * schools, a kindergarten, a hotel, a library); audited (a19: 37/40 sampled clauses found exact, the two documents
 * whose pages could not be found removed, I17 and I20; truths 0 wrong). Nobody developed against it in round 14.
 * On arrival (main 07310e9, before any change of round 14): 0.6656 (201/302, 111 clauses / 28 documents): the floor
 * rounded down to 0.05.
 */
/* at the end of round 14 (nobody developed against it): 0.6656 (201/302), as on arrival */
const DEV19_FLOOR = 0.65;
/*
 * Round 10: the convention for several kinds counted apart was settled (README, "Conventions settled (round 10)"):
 * 70 development clauses that were not_scorable for it alone were worked again by hand with list values — 23 the
 * reader read, 47 it did not yet. The sets changed, so their figures fell without any change to the reader
 * (e.g. dev2 0.9744 → 0.8965, dev7 0.8521 → 0.7916); floors rounded down to 0.05 from the figures after the
 * conversion, to be raised again as the reader reads them. At the end of round 10 (cx, qs, kc, np and the
 * integrator): dev2 0.9057, dev3 0.9190, dev6 0.9227, dev10 0.8387, dev12 0.9194, dev13 0.8963, dev14 0.7130, dev15
 * 0.6345 — their floors raised, rounded down to 0.05 (the others kept: dev4 0.9240, dev5 0.9437, dev7 0.7916, dev11 0.8396).
 */

describeCorpus("development part", join(DIR, "dev.json"), ACCURACY_FLOOR, { clauses: 200, documents: 40, formulas: 100 });
describeCorpus("second development part, dev2", join(DIR, "dev2.json"), DEV2_FLOOR, { clauses: 150, documents: 40, formulas: 50 });
describeCorpus("third development part, dev3", join(DIR, "dev3.json"), DEV3_FLOOR, { clauses: 150, documents: 30, formulas: 80 });
describeCorpus("fourth development part, dev4", join(DIR, "dev4.json"), DEV4_FLOOR, { clauses: 120, documents: 30, formulas: 60 });
describeCorpus("fifth development part, dev5", join(DIR, "dev5.json"), DEV5_FLOOR, { clauses: 100, documents: 28, formulas: 50 });
describeCorpus("sixth development part, dev6", join(DIR, "dev6.json"), DEV6_FLOOR, { clauses: 120, documents: 30, formulas: 60 });
describeCorpus("seventh development part, dev7", join(DIR, "dev7.json"), DEV7_FLOOR, { clauses: 130, documents: 30, formulas: 60 });
describeCorpus("tenth development part, dev10", join(DIR, "dev10.json"), DEV10_FLOOR, { clauses: 110, documents: 28, formulas: 60 });
describeCorpus("eleventh development part, dev11", join(DIR, "dev11.json"), DEV11_FLOOR, { clauses: 140, documents: 35, formulas: 60 });
describeCorpus("twelfth development part, dev12", join(DIR, "dev12.json"), DEV12_FLOOR, { clauses: 110, documents: 33, formulas: 60 });
describeCorpus("thirteenth development part, dev13", join(DIR, "dev13.json"), DEV13_FLOOR, { clauses: 130, documents: 32, formulas: 60 });
describeCorpus("fourteenth development part, dev14", join(DIR, "dev14.json"), DEV14_FLOOR, { clauses: 110, documents: 31, formulas: 50 });
describeCorpus("fifteenth development part, dev15", join(DIR, "dev15.json"), DEV15_FLOOR, { clauses: 110, documents: 31, formulas: 50 });
describeCorpus("sixteenth development part, dev16", join(DIR, "dev16.json"), DEV16_FLOOR, { clauses: 100, documents: 20, formulas: 40 });
describeCorpus("seventeenth development part, dev17", join(DIR, "dev17.json"), DEV17_FLOOR, { clauses: 80, documents: 25, formulas: 35 });
describeCorpus("eighteenth development part, dev18", join(DIR, "dev18.json"), DEV18_FLOOR, { clauses: 100, documents: 20, formulas: 55 });
describeCorpus("nineteenth development part, dev19", join(DIR, "dev19.json"), DEV19_FLOOR, { clauses: 100, documents: 25, formulas: 50 });

function labelsOf(rule: unknown): string[] {
  const r = rule as { kind?: string; parts?: ReadonlyArray<{ label?: unknown }> };
  return r.kind === "sub-clauses" && Array.isArray(r.parts) ? r.parts.map((p) => String(p.label ?? "")) : [];
}

function describeCorpus(name: string, file: string, floor: number, least: { clauses: number; documents: number; formulas: number }): void {
  (existsSync(file) ? describe : describe.skip)(`clause corpus (${name})`, () => {
    let r: CorpusResult;
    beforeAll(async () => {
      r = await runCorpus(loadCorpus(file));
    }, 120_000);

    it("is a corpus of real clauses from many documents", () => {
      expect(r.clauses).toBeGreaterThanOrEqual(least.clauses);
      expect(r.documents).toBeGreaterThanOrEqual(least.documents);
    });

    it(`accuracy ≥ ${floor}`, () => {
      const misses = r.misses.map((m) => `${m.id} ${m.value ?? "-"}: expected ${m.expected}, got ${m.got} ${m.reason ?? ""}`);
      if (r.accuracy < floor) throw new Error(`accuracy ${r.accuracy.toFixed(4)} (${r.correct}/${r.cases})\n${misses.join("\n")}`);
    });
    it("no clause is scored while a figure it states (N分, N%, N‰, N元) is unread", () => {
      const unread: string[] = [];
      for (const { clause, out } of r.understood) {
        const known = ruleNumbers(out.rule);
        // a rate step down to zero reads the figures on its line (…90%得9分,80%得8分,依次类推)
        const line = out.rule as { kind?: string; target?: { bound: number }; full?: number | null; step?: number; perStep?: number };
        if (line.kind === "rate-per-point-to-zero" && line.target && line.full && line.step && line.perStep) {
          for (let k = 1; k * line.step <= line.target.bound && k <= 100; k++) {
            known.add(Math.round((line.target.bound - k * line.step) * 1e9) / 1e9).add(Math.round((line.full - k * line.perStep) * 1e9) / 1e9);
          }
        }
        // counts in bands, and so on (1至2人扣0.5分,3至4人扣1分,以此类推): each band's points are the first band's times its place
        const per = out.rule as { kind?: string; points?: number };
        if (per.kind === "per-unit-deduction-floored" && per.points && /[依以][次此][类類]推/.test(clause.clause)) {
          for (let k = 2; k <= 100; k++) known.add(Math.round(k * per.points * 1e9) / 1e9);
        }
        // bands said over a target with nothing below it (超额完成10%(含)至20%加1分…依次类推) are the bounds less 100%
        const tiers = (out.rule as { kind?: string; tiers?: ReadonlyArray<{ cmp: string; bound: number; amount: number | null }> }).tiers;
        if ((out.rule as { kind?: string }).kind === "rate-tiers" && tiers?.some((t) => t.cmp === "<" && t.bound === 100 && t.amount === null)) {
          for (const t of tiers) known.add(Math.round((t.bound - 100) * 1e9) / 1e9);
        }
        // grades scored as shares of the max (计分:优秀100%,良好85%): each tier's points over the max, as a share
        if ((out.rule as { kind?: string }).kind === "rate-tiers" && tiers && clause.max) {
          for (const t of tiers) if (t.amount !== null) known.add(Math.round((t.amount / clause.max) * 100 * 1e9) / 1e9);
        }
        // a figure inside a sub-clause's condition (…毛入学率达到93%以上 | 1分) is read with it: the
        // value answers that condition yes or no
        for (const label of labelsOf(out.rule)) for (const x of statedFigures(label)) known.add(x);
        if (clause.max !== null) {
          known.add(clause.max);
          // deductions by steps are read as the score at each step (40 − 10 = 30)
          for (const x of [...known]) known.add(Math.round((clause.max - x) * 1e9) / 1e9);
        }
        const missing = statedFigures(clause.clause).filter((x) => !known.has(x));
        if (missing.length > 0) unread.push(`${clause.id}: ${missing.join(", ")} not in ${JSON.stringify(out.rule)}: ${clause.clause}`);
      }
      expect(unread).toEqual([]);
    });

    it("formulas a clerk can read: median ≤ 120 characters, longest ≤ 300", () => {
      const lengths = r.formulas.map((f) => f.length);
      expect(lengths.length).toBeGreaterThanOrEqual(least.formulas);
      expect(median(lengths)).toBeLessThanOrEqual(120);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
    });
  });
}
