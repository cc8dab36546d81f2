/** A one-line, user-facing reason why a file could not be read as a workbook. */
export class XlsxReadError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XlsxReadError";
  }
}
