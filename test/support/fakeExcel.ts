/**
 * A faithful in-memory Excel for tests: exactly the subset of the Office.js Excel API the add-in
 * uses, with the semantics that matter to it:
 *  - proxies queue commands; nothing happens until `context.sync()`;
 *  - a property is readable only after `load` AND `sync` (else a PropertyNotLoaded error);
 *  - `*OrNullObject` methods give objects whose `isNullObject` is readable after a sync;
 *  - 2-D arrays set on a range must match its shape (or be a single value for all cells);
 *  - text written through `values` is typed as a clerk's typing would be ("0123" → 123,
 *    "=x" → formula, "'x" → text "x", "#N/A" → error) unless the cell's format is "@";
 *  - each sync's request (JSON of the queued commands) and response (JSON of the returned
 *    data) are measured in UTF-8 bytes; over 5 MB either way the sync fails with
 *    RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded, as Excel on the web does;
 *  - methods newer than the configured ExcelApi version fail at sync with ApiNotFound.
 * It does not calculate: a formula cell's value is the one given at construction, or what
 * `calc` returns when a formula is written, or the value the cell last had with that same
 * formula (what Excel's recalculation of unchanged inputs would give), or null.
 *
 * No Node-only imports: the task pane's browser tests load it too.
 *
 * Split by class under ./fakeExcel/: state (the workbook and typing rules), client (the proxy
 * base), workbook (application, worksheets, page layout), range (ranges and areas), format
 * (format, fill, font), annotations (notes, comments), context (sync and createFakeExcel).
 */
export { FakeOfficeError, FakeSheet, PAYLOAD_LIMIT_BYTES, buildState, normalizeColor, typeAsExcel, utf8Bytes, type FakeCell, type FakeCellInit, type FakeComment, type FakeFill, type FakeHyperlink, type FakeSheetInit, type FakeState, type FakeStats, type FakeValue, type FakeWorkbookInit, type SyncRecord } from "./fakeExcel/state";
export { DEFAULT_COLUMN_WIDTH } from "./fakeExcel/format";
export { FakeRequestContext, createFakeExcel, type FakeExcel } from "./fakeExcel/context";
