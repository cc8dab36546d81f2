/**
 * Notes (ExcelApi 1.18) and threaded comments (ExcelApi 1.10).
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import { cellAddress, parseRangeAddress } from "../../../src/engine/address";
import type { RangeRef } from "../../../src/engine/grid";
import { ClientObject, apiError, requireApi, splitProps, type Resolved } from "./client";
import type { FakeRequestContext } from "./context";
import { FakeRange, type RangeTarget } from "./range";
import { FakeSheet, KEY, findSheet, type FakeComment, type FakeState } from "./state";

/** the single cell a note or comment is put on: a Range proxy, or an address ("A1", "Sheet!A1") */
function oneCell(ctx: FakeRequestContext, where: unknown, sheet?: FakeSheet): { sheet: FakeSheet; row: number; col: number } {
  let t: RangeTarget;
  if (where instanceof FakeRange) t = where._targetNow();
  else if (typeof where === "string") {
    const bang = where.lastIndexOf("!");
    let s = sheet;
    if (bang >= 0) {
      const name = where.slice(0, bang).replace(/^'(.*)'$/, "$1").replace(/''/g, "'");
      s = findSheet(ctx._state, name);
    }
    if (!s) throw apiError("InvalidArgument", `no sheet in ${where}`);
    let rect: RangeRef;
    try {
      rect = parseRangeAddress(where.slice(bang + 1).replace(/\$/g, ""));
    } catch {
      throw apiError("InvalidArgument", `bad address ${where}`);
    }
    t = { sheet: s, rect };
  } else throw apiError("InvalidArgument", "a cell address or a Range");
  if (t.rect.top !== t.rect.bottom || t.rect.left !== t.rect.right) throw apiError("InvalidArgument", "a single cell");
  return { sheet: t.sheet, row: t.rect.top, col: t.rect.left };
}

/** a cell holds a note or a threaded comment, never both, and at most one of each */
function requireFreeCell(st: FakeState, cell: { sheet: FakeSheet; row: number; col: number }): void {
  if (cell.sheet.notes.has(KEY(cell.row, cell.col)) || st.comments.some((c) => c.sheet === cell.sheet && c.row === cell.row && c.col === cell.col))
    throw apiError("InvalidOperation", `${cell.sheet.name}!${cellAddress(cell.row, cell.col)} already has a note or a comment`);
}

interface NoteTarget {
  sheet: FakeSheet;
  key: number;
}

class FakeNote extends ClientObject {
  protected readonly _scalarProps = ["content", "authorName"];
  private readonly _resolver: () => NoteTarget | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => NoteTarget | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    requireApi(this.context, 18, "notes");
    return this._resolver();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const t = target as NoteTarget;
    if (p === "content") return t.sheet.notes.get(t.key) ?? "";
    if (p === "authorName") return "Fake User";
    throw apiError("InvalidArgument", `the fake does not model Note.${p}`);
  }
  get content(): string { return this._get("content") as string; }
  set content(c: string) {
    this._set("content", c, (target) => {
      const t = target as NoteTarget;
      t.sheet.notes.set(t.key, c);
    });
  }
  delete(): void {
    this._queue({ p: this._path, m: "delete" }, () => {
      const t = this._require() as NoteTarget;
      if (!t.sheet.notes.delete(t.key)) throw apiError("ItemNotFound", "the note was already deleted");
    });
  }
}

export class FakeNoteCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  private readonly _sheet: () => FakeSheet;
  constructor(ctx: FakeRequestContext, path: string, sheet: () => FakeSheet) {
    super(ctx, path);
    this._sheet = sheet;
  }
  protected _resolveTarget() {
    requireApi(this.context, 18, "notes");
    return this._sheet();
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "the fake does not load the notes collection");
  }
  add(cellAddress: unknown, content: string): FakeNote {
    let key: NoteTarget | null = null;
    this._queue({ p: this._path, m: "add", a: [cellAddress instanceof FakeRange ? "range" : cellAddress, content] }, () => {
      requireApi(this.context, 18, "notes.add");
      const cell = oneCell(this.context, cellAddress, this._sheet());
      requireFreeCell(this.context._state, cell);
      if (typeof content !== "string") throw apiError("InvalidArgument", "note content must be text");
      cell.sheet.notes.set(KEY(cell.row, cell.col), content);
      key = { sheet: cell.sheet, key: KEY(cell.row, cell.col) };
    });
    return new FakeNote(this.context, `${this._path}.add()`, () => key);
  }
  getItemOrNullObject(address: string): FakeNote {
    return new FakeNote(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(address)})`, () => {
      const cell = oneCell(this.context, address, this._sheet());
      const key = KEY(cell.row, cell.col);
      return cell.sheet.notes.has(key) ? { sheet: cell.sheet, key } : null;
    })._instantiate();
  }
  getItem(address: string): FakeNote {
    return new FakeNote(this.context, `${this._path}.getItem(${JSON.stringify(address)})`, () => {
      const cell = oneCell(this.context, address, this._sheet());
      const key = KEY(cell.row, cell.col);
      if (!cell.sheet.notes.has(key)) throw apiError("ItemNotFound", `no note at ${address}`);
      return { sheet: cell.sheet, key };
    });
  }
}

class FakeCommentObject extends ClientObject {
  protected readonly _scalarProps = ["id", "content", "authorName"];
  private readonly _resolver: () => FakeComment | null;
  constructor(ctx: FakeRequestContext, path: string, resolver: () => FakeComment | null) {
    super(ctx, path);
    this._resolver = resolver;
  }
  protected _resolveTarget() {
    requireApi(this.context, 10, "comments");
    return this._resolver();
  }
  _readNow(c: FakeComment, p: string): unknown {
    return this._readProp(c, p);
  }
  _commitData(data: Record<string, unknown>): void {
    Object.assign(this._loaded, data);
    this._target_();
  }
  protected _readProp(target: Resolved, p: string): unknown {
    const c = target as FakeComment;
    if (p === "id") return c.id;
    if (p === "content") return c.content;
    if (p === "authorName") return "Fake User";
    throw apiError("InvalidArgument", `the fake does not model Comment.${p}`);
  }
  get id(): string { return this._get("id") as string; }
  /** the comment's cell */
  getLocation(): FakeRange {
    return new FakeRange(this.context, `${this._path}.getLocation()`, () => {
      const c = this._require() as FakeComment;
      return { sheet: c.sheet, rect: { top: c.row, bottom: c.row, left: c.col, right: c.col } };
    });
  }
  get content(): string { return this._get("content") as string; }
  set content(text: string) {
    this._set("content", text, (t) => void ((t as FakeComment).content = text));
  }
  delete(): void {
    this._queue({ p: this._path, m: "delete" }, () => {
      const c = this._require() as FakeComment;
      const st = this.context._state;
      const i = st.comments.indexOf(c);
      if (i < 0) throw apiError("ItemNotFound", "the comment was already deleted");
      st.comments.splice(i, 1);
    });
  }
}

export class FakeCommentCollection extends ClientObject {
  protected readonly _scalarProps = ["items"];
  protected _resolveTarget() {
    requireApi(this.context, 10, "comments");
    return this.context._state.comments;
  }
  protected _readProp(): unknown {
    throw apiError("InvalidArgument", "load items/...");
  }
  get items(): FakeCommentObject[] {
    return this._get("items") as FakeCommentObject[];
  }
  override load(props?: string | string[]): this {
    const list = (splitProps(props) ?? ["items/id"]).map((p) => p.replace(/^items\//, ""));
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      requireApi(this.context, 10, "comments");
      const items = [...this.context._state.comments].map((c) => {
        const obj = new FakeCommentObject(this.context, `${this._path}.getItem(${JSON.stringify(c.id)})`, () => c);
        const data: Record<string, unknown> = {};
        for (const p of list) data[p] = obj._readNow(c, p);
        resp.push(data);
        commits.push(() => obj._commitData(data));
        return obj;
      });
      commits.push(() => (this._loaded.items = items));
    });
    return this;
  }
  add(cellAddress: unknown, content: string): FakeCommentObject {
    let created: FakeComment | null = null;
    this._queue({ p: this._path, m: "add", a: [cellAddress instanceof FakeRange ? "range" : cellAddress, content] }, () => {
      requireApi(this.context, 10, "comments.add");
      const st = this.context._state;
      const cell = oneCell(this.context, cellAddress);
      requireFreeCell(st, cell);
      if (typeof content !== "string") throw apiError("InvalidArgument", "comment content must be text");
      created = { id: `c${st.nextCommentId++}`, ...cell, content };
      st.comments.push(created);
    });
    return new FakeCommentObject(this.context, `${this._path}.add()`, () => created);
  }
  getItemOrNullObject(id: string): FakeCommentObject {
    return new FakeCommentObject(this.context, `${this._path}.getItemOrNullObject(${JSON.stringify(id)})`, () =>
      this.context._state.comments.find((c) => c.id === id) ?? null,
    )._instantiate();
  }
  getItem(id: string): FakeCommentObject {
    return new FakeCommentObject(this.context, `${this._path}.getItem(${JSON.stringify(id)})`, () => {
      const c = this.context._state.comments.find((x) => x.id === id);
      if (!c) throw apiError("ItemNotFound", `no comment ${id}`);
      return c;
    });
  }
}
