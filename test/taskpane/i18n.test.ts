import { pickLanguage, STRINGS } from "../../src/taskpane/i18n";
import { noticeFor, failureNotice } from "../../src/commands/notice";
import { planWith, SUM_FINDING, BIRTH_FINDING, WARNING } from "./fakes";

describe("pickLanguage", () => {
  it("is Chinese by default and for Chinese or other languages", () => {
    expect(pickLanguage(undefined)).toBe("zh");
    expect(pickLanguage("zh-CN")).toBe("zh");
    expect(pickLanguage("zh-TW")).toBe("zh");
    expect(pickLanguage("fr-FR")).toBe("zh");
  });
  it("is English when Office's (or the browser's) language is English", () => {
    expect(pickLanguage("en-US")).toBe("en");
    expect(pickLanguage("en-GB")).toBe("en");
    expect(pickLanguage("EN-us")).toBe("en");
  });
  it("lets ?lang= override the display language either way", () => {
    expect(pickLanguage("zh-CN", "?lang=en")).toBe("en");
    expect(pickLanguage("en-US", "?lang=zh")).toBe("zh");
    expect(pickLanguage("en-US", "?foo=1&lang=zh-CN")).toBe("zh");
  });
});

describe("strings", () => {
  it("gives both languages every key", () => {
    expect(Object.keys(STRINGS.en).sort()).toEqual(Object.keys(STRINGS.zh).sort());
  });
  it("formats numbers without float noise and pluralises English", () => {
    expect(STRINGS.zh.expectedActual(0.1 + 0.2, 45.6)).toBe("应为 0.3,实为 45.6");
    expect(STRINGS.en.expectedActual(182, undefined)).toBe("expected 182");
    expect(STRINGS.en.summary(1, 1, 0, 0)).toBe("Read 1 sheet; 1 error, 0 warnings");
    expect(STRINGS.zh.summary(3, 0, 2, 1)).toBe("已读取 3 张工作表;0 个错误,2 个警告,1 条提示");
  });
});

describe("the ribbon 检查 command's notice", () => {
  it("counts errors and warnings and points at the first error", () => {
    const n = noticeFor(planWith([WARNING, BIRTH_FINDING, SUM_FINDING]), "zh");
    expect(n.errors).toBe(2);
    expect(n.warnings).toBe(1);
    expect(n.headline).toBe("2 个错误,1 个警告");
    expect(n.detail).toContain("出生情况!B2");
    expect(n.detail).toContain(BIRTH_FINDING.message);
  });
  it("says everything agrees when there is nothing, in English too", () => {
    const n = noticeFor(planWith([]), "en");
    expect(n.headline).toBe("0 errors, 0 warnings");
    expect(n.detail).toBe("Every figure checked agrees.");
    expect(failureNotice("boom", "zh").headline).toBe("无法完成检查");
  });
});
