/**
 * Native inflation of the package's parts (src/hosts/xlsx/inflate.ts): with Node's zlib
 * registered, every part stored with DEFLATE is inflated by it and the snapshot is exactly the
 * one JSZip's own inflation gives; a part zlib cannot inflate, or whose size does not match
 * the archive's directory, is read (or refused) by JSZip as before.
 */
import { inflateRawSync } from "zlib";
import JSZip from "jszip";
import { readXlsxSnapshot } from "../../../src/hosts/xlsx/direct";
import { useRawInflater, type RawInflate } from "../../../src/hosts/xlsx/inflate";
import { allFixtures, buildLargeWorkbook, buildSampleWorkbook, fixtureBytes } from "../../fixtures";

afterEach(() => useRawInflater(undefined));

async function snapshotWith(bytes: Uint8Array, inflate: RawInflate | undefined): Promise<unknown> {
  useRawInflater(inflate);
  try {
    return (await readXlsxSnapshot(bytes)).snapshot;
  } catch (e) {
    return { refused: (e as Error).message };
  }
}

function counting(inner: RawInflate): RawInflate & { calls: number } {
  const f = ((d: Uint8Array) => {
    f.calls++;
    return inner(d);
  }) as RawInflate & { calls: number };
  f.calls = 0;
  return f;
}

test("zlib gives the same snapshot as JSZip on every fixture, the sample and a large workbook", async () => {
  const all: Uint8Array[] = [];
  for (const f of [...allFixtures(), buildSampleWorkbook({ planted: true })]) all.push(await fixtureBytes(f));
  all.push(new Uint8Array((await buildLargeWorkbook(3000).xlsx.writeBuffer()) as ArrayBuffer));
  for (const bytes of all) {
    const native = counting(inflateRawSync);
    const viaZlib = await snapshotWith(bytes, native);
    expect(native.calls).toBeGreaterThan(0);
    expect(viaZlib).toEqual(await snapshotWith(bytes, undefined));
  }
});

test("a part zlib refuses, or one of the wrong size, goes JSZip's way", async () => {
  const bytes = await fixtureBytes(allFixtures()[0]);
  const plain = await snapshotWith(bytes, undefined);
  const throwing = counting(() => {
    throw new Error("invalid stored block lengths");
  });
  expect(await snapshotWith(bytes, throwing)).toEqual(plain);
  expect(throwing.calls).toBeGreaterThan(0);
  const short = counting((d) => inflateRawSync(d).subarray(1));
  expect(await snapshotWith(bytes, short)).toEqual(plain);
  expect(short.calls).toBeGreaterThan(0);
});

test("damaged sheet data is refused the same way with and without zlib", async () => {
  const zip = await JSZip.loadAsync(await fixtureBytes(allFixtures()[0]));
  const sheet = await zip.file("xl/worksheets/sheet1.xml")!.async("uint8array");
  // store the sheet with DEFLATE, then flip bytes in the middle of its compressed data
  zip.file("xl/worksheets/sheet1.xml", sheet);
  const good = await zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
  const name = new TextEncoder().encode("xl/worksheets/sheet1.xml");
  let at = -1;
  for (let i = 0; i + name.length < good.length && at < 0; i++) {
    // the local header (PK\3\4) naming the sheet: its data follows the name (no extra field from JSZip)
    if (good[i] === 0x50 && good[i + 1] === 0x4b && good[i + 2] === 3 && good[i + 3] === 4 && name.every((b, k) => good[i + 30 + k] === b)) at = i + 30 + name.length;
  }
  expect(at).toBeGreaterThan(0);
  const bad = good.slice();
  for (let k = 10; k < 40; k++) bad[at + k] ^= 0xa5;
  const withZlib = await snapshotWith(bad, inflateRawSync);
  const withJSZip = await snapshotWith(bad, undefined);
  expect(withJSZip).toHaveProperty("refused");
  expect(withZlib).toEqual(withJSZip);
});
