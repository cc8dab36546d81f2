/**
 * jsdom (the environment of the pane's component tests) lacks TextDecoder/TextEncoder, which every
 * real browser, worker and Node has and the .xlsx reader uses: give jsdom Node's own.
 */
import { TextDecoder, TextEncoder } from "util";

const g = globalThis as { TextDecoder?: unknown; TextEncoder?: unknown };
g.TextDecoder ??= TextDecoder;
g.TextEncoder ??= TextEncoder;
