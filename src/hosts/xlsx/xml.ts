/**
 * A small XML reader for the parts of an .xlsx package the direct reader (direct.ts) reads:
 * one pass with `indexOf`, start tags, end tags and text handed to a handler, nothing built
 * but what the handler keeps. It reads the XML spreadsheet programs write and says "no"
 * (returns false) to anything else — a DOCTYPE, CDATA, an entity XML does not define, a tag
 * not closed, end tags that do not match — so that the caller falls back to ExcelJS, whose
 * parser (saxes) then decides, exactly as before.
 *
 * Text and attribute values are decoded as saxes decodes them: line ends normalised (CR LF
 * and a lone CR read as LF), in attribute values tab and line ends read as spaces, the five
 * predefined entities and character references.
 */
import { APOS, BANG, GT, LT, QMARK, QUOTE, SLASH, isSpace } from "./chars";

export interface XmlHandler {
  /** a start tag (`empty`: `<x/>`); return false to stop with "not readable here" */
  open(name: string, attrs: string, empty: boolean): boolean;
  /** raw text between tags (not decoded yet: `decodeText`) */
  text(raw: string): void;
  /** an end tag (also called right after `open` for `<x/>`); return false to stop */
  close(name: string): boolean;
}

/** Walk `xml`; false when it is not XML this reader takes (the caller falls back). */
export function walkXml(xml: string, h: XmlHandler): boolean {
  const n = xml.length;
  const stack: string[] = [];
  let roots = 0;
  let p = 0;
  while (p < n) {
    const lt = xml.indexOf("<", p);
    const end = lt < 0 ? n : lt;
    if (end > p) {
      if (stack.length === 0) {
        for (let i = p; i < end; i++) if (!isSpace(xml.charCodeAt(i))) return false; // text outside the root (a BOM too)
      } else h.text(xml.slice(p, end));
    }
    if (lt < 0) break;
    const c = xml.charCodeAt(lt + 1);
    if (c === QMARK) {
      const q = xml.indexOf("?>", lt + 2);
      if (q < 0) return false;
      p = q + 2;
      continue;
    }
    if (c === BANG) {
      if (!xml.startsWith("<!--", lt)) return false; // CDATA, DOCTYPE
      const q = xml.indexOf("-->", lt + 4);
      if (q < 0) return false;
      p = q + 3;
      continue;
    }
    if (c === SLASH) {
      const gt = xml.indexOf(">", lt + 2);
      if (gt < 0) return false;
      let e = gt;
      while (e > lt + 2 && isSpace(xml.charCodeAt(e - 1))) e--;
      const name = xml.slice(lt + 2, e);
      if (stack.pop() !== name) return false;
      if (!h.close(name)) return false;
      p = gt + 1;
      continue;
    }
    // a start tag: its name, then attributes up to a `>` outside quotes
    let q = lt + 1;
    while (q < n) {
      const ch = xml.charCodeAt(q);
      if (isSpace(ch) || ch === GT || ch === SLASH) break;
      q++;
    }
    if (q === lt + 1 || q >= n) return false;
    const name = xml.slice(lt + 1, q);
    let gt = q;
    for (;;) {
      if (gt >= n) return false;
      const ch = xml.charCodeAt(gt);
      if (ch === GT) break;
      if (ch === QUOTE || ch === APOS) {
        const close = xml.indexOf(ch === QUOTE ? '"' : "'", gt + 1);
        if (close < 0) return false;
        gt = close + 1;
      } else if (ch === LT) return false;
      else gt++;
    }
    const empty = xml.charCodeAt(gt - 1) === SLASH;
    const attrs = xml.slice(q, empty ? gt - 1 : gt);
    if (stack.length === 0 && ++roots > 1) return false;
    if (!h.open(name, attrs, empty)) return false;
    if (empty) {
      if (!h.close(name)) return false;
    } else stack.push(name);
    p = gt + 1;
  }
  return stack.length === 0 && roots === 1;
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);|&/g;

function decodeEntities(s: string): string | null {
  let bad = false;
  const out = s.replace(ENTITY, (all, body: string | undefined) => {
    if (body === undefined) {
      bad = true;
      return all;
    }
    switch (body) {
      case "lt": return "<";
      case "gt": return ">";
      case "amp": return "&";
      case "quot": return '"';
      case "apos": return "'";
    }
    if (body.charCodeAt(0) !== 35 /* # */) {
      bad = true;
      return all;
    }
    const code = body.charCodeAt(1) === 120 /* x */ ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!(code > 0 && code <= 0x10ffff)) {
      bad = true;
      return all;
    }
    return String.fromCodePoint(code);
  });
  return bad ? null : out;
}

/** Text content as saxes gives it; null for an entity XML does not define. */
export function decodeText(raw: string): string | null {
  let s = raw;
  if (s.includes("\r")) s = s.replace(/\r\n?/g, "\n");
  if (!s.includes("&")) return s;
  return decodeEntities(s);
}

/** An attribute value as saxes gives it; null for an entity XML does not define. */
export function decodeAttr(raw: string): string | null {
  let s = raw;
  if (/[\t\n\r]/.test(s)) s = s.replace(/\r\n?/g, "\n").replace(/[\t\n]/g, " ");
  if (!s.includes("&")) return s;
  return decodeEntities(s);
}

/**
 * The attributes of a start tag as name → raw value (not decoded); null when they are not
 * plain `name="value"` / `name='value'` pairs or a name repeats.
 */
export function attrsOf(attrs: string): Map<string, string> | null {
  const out = new Map<string, string>();
  const n = attrs.length;
  let p = 0;
  for (;;) {
    const before = p;
    while (p < n && isSpace(attrs.charCodeAt(p))) p++;
    if (p >= n) return out;
    if (p === before) return null;
    const nameStart = p;
    while (p < n) {
      const ch = attrs.charCodeAt(p);
      if (isSpace(ch) || ch === 61 /* = */) break;
      p++;
    }
    const name = attrs.slice(nameStart, p);
    while (p < n && isSpace(attrs.charCodeAt(p))) p++;
    if (attrs.charCodeAt(p) !== 61) return null;
    p++;
    while (p < n && isSpace(attrs.charCodeAt(p))) p++;
    const quote = attrs.charCodeAt(p);
    if (quote !== QUOTE && quote !== APOS) return null;
    const close = attrs.indexOf(quote === QUOTE ? '"' : "'", p + 1);
    if (close < 0) return null;
    const value = attrs.slice(p + 1, close);
    if (value.includes("<") || out.has(name)) return null;
    out.set(name, value);
    p = close + 1;
  }
}

/** The name of the document's root element (after the declaration and comments), or null. */
export function rootName(xml: string): string | null {
  const m = /^\s*(?:<\?[\s\S]*?\?>\s*)?(?:<!--[\s\S]*?-->\s*)*<([^\s/>!?]+)/.exec(xml);
  return m ? m[1] : null;
}
