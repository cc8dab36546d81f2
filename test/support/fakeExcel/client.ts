/**
 * The proxy base every fake Office.js object extends: commands queue until `context.sync()`, a
 * property is readable only after `load` and a sync, `*OrNullObject` objects learn `isNullObject`.
 * Part of the in-memory Excel of ../fakeExcel.ts (see there).
 */
import type { FakeRequestContext } from "./context";
import { FakeOfficeError } from "./state";

export type Resolved = unknown;

export interface Op {
  readonly wire: unknown;
  run(resp: unknown[], commits: Array<() => void>): void;
}

export function quoteSheet(name: string): string {
  return /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export function apiError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

function notLoaded(prop: string): FakeOfficeError {
  return apiError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}

export function splitProps(props?: string | string[] | Record<string, unknown>): string[] | undefined {
  if (props === undefined) return undefined;
  if (typeof props === "string") return props.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(props)) return props.flatMap((p) => splitProps(p) ?? []);
  throw apiError("InvalidArgument", "the fake supports load(string | string[]) only");
}

export abstract class ClientObject {
  readonly context: FakeRequestContext;
  protected readonly _path: string;
  protected _loaded: Record<string, unknown> = {};
  private _resolved = false;
  private _target: Resolved | null = null;
  private _nullKnown: boolean | undefined;

  constructor(context: FakeRequestContext, path: string) {
    this.context = context;
    this._path = path;
  }

  protected abstract _resolveTarget(): Resolved | null;
  protected abstract _readProp(target: Resolved, prop: string): unknown;
  protected abstract readonly _scalarProps: string[];

  /** resolve once, at the first command that needs the object (its place in the queue) */
  _target_(): Resolved | null {
    if (!this._resolved) {
      this._target = this._resolveTarget();
      this._resolved = true;
      this.context._afterSync.push(() => (this._nullKnown = this._target === null));
    }
    return this._target;
  }

  /** for ops that require a real object */
  _require(): Resolved {
    const t = this._target_();
    if (t === null) throw apiError("ItemNotFound", `The requested resource doesn't exist (${this._path}).`);
    return t;
  }

  /** *OrNullObject methods: the object is looked up at its place in the queue, so that
   * `isNullObject` is known after the next sync even when nothing else touches it */
  _instantiate(): this {
    this._queue({ p: this._path, m: "instantiate" }, () => void this._target_());
    return this;
  }

  get isNullObject(): boolean {
    if (this._nullKnown === undefined) throw notLoaded("isNullObject");
    return this._nullKnown;
  }

  protected _get(prop: string): unknown {
    if (!(prop in this._loaded)) throw notLoaded(prop);
    return this._loaded[prop];
  }

  protected _queue(wire: unknown, run: Op["run"]): void {
    this.context._enqueue({ wire, run });
  }

  protected _set(prop: string, value: unknown, apply: (target: Resolved) => void): void {
    this._queue({ p: this._path, set: prop, v: value }, () => apply(this._require()));
  }

  load(props?: string | string[]): this {
    const list = splitProps(props) ?? this._scalarProps;
    this._queue({ p: this._path, load: list }, (resp, commits) => {
      const t = this._target_();
      if (t === null) {
        resp.push({ p: this._path, null: true });
        return;
      }
      const data: Record<string, unknown> = {};
      for (const p of list) data[p] = this._readProp(t, p);
      resp.push(data);
      commits.push(() => Object.assign(this._loaded, data));
    });
    return this;
  }

  toJSON(): Record<string, unknown> {
    return { ...this._loaded };
  }
}

export function requireApi(ctx: FakeRequestContext, minor: number, what: string): void {
  if (ctx._state.apiMinor < minor) throw apiError("ApiNotFound", `${what} needs ExcelApi 1.${minor}`);
}
