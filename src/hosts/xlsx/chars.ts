/** Character codes the two XML scanners (scan.ts, xml.ts) compare against, and XML's white space. */
export const LT = 60; // <
export const GT = 62; // >
export const SLASH = 47;
export const QMARK = 63;
export const BANG = 33;
export const EQ = 61;
export const QUOTE = 34;
export const AMP = 38;
export const APOS = 39;
export const DOLLAR = 36;

export function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}
