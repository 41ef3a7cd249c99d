/**
 * The command line's writes under failure: a failure while the annotated copy is written —
 * the disk fills half-way, the rename is refused — leaves no half-written copy and no temporary file,
 * an earlier copy stays whole, the input is never touched, and the run says why and exits 2.
 */
import { createHash } from "crypto";
import { existsSync, mkdirSync, promises, readdirSync, readFileSync, writeFileSync } from "fs";
import * as path from "path";
import { seedSpec } from "../../tools/samples/seed-shenzhen-2021";
import { ziping } from "../support/cli";
import { specBytes, tempDir, writeBytes } from "../support/workbooks";

let dir: string;
let cleanup: () => void;
let input: string;
let inputHash: string;
const sha = (file: string): string => createHash("sha256").update(readFileSync(file)).digest("hex");

beforeEach(async () => {
  ({ dir, cleanup } = tempDir());
  input = writeBytes(dir, "自评表.xlsx", await specBytes(seedSpec));
  inputHash = sha(input);
});
afterEach(() => {
  jest.restoreAllMocks();
  cleanup();
});

function enospc(): NodeJS.ErrnoException {
  return Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC" });
}

it("the disk fills half-way through the copy: no copy, no temporary file, exit 2 with the reason", async () => {
  const out = path.join(dir, "out");
  const realWrite = promises.writeFile;
  jest.spyOn(promises, "writeFile").mockImplementation(async (file, data, options) => {
    // Half the bytes reach the disk, then the device is full.
    const bytes = Buffer.from(data as Buffer);
    await realWrite(file, bytes.subarray(0, bytes.length >> 1), options);
    throw enospc();
  });
  const r = await ziping(["check", "--out", out, "--insert-totals", "--summary", input]);
  expect(r.code).toBe(2);
  expect(r.stdout).toContain("ENOSPC");
  expect(readdirSync(out)).toEqual([]);
  expect(sha(input)).toBe(inputHash);
});

it("the rename into place is refused: the previous copy stays whole and nothing else is left", async () => {
  const out = path.join(dir, "out");
  mkdirSync(out);
  const earlier = path.join(out, "自评表.xlsx");
  writeFileSync(earlier, "an earlier annotated copy");
  jest.spyOn(promises, "rename").mockRejectedValueOnce(Object.assign(new Error("EPERM: operation not permitted, rename"), { code: "EPERM" }));
  const r = await ziping(["check", "--format", "json", "--out", out, input]);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout)[0].error).toContain("EPERM");
  expect(readdirSync(out)).toEqual(["自评表.xlsx"]);
  expect(readFileSync(earlier, "utf8")).toBe("an earlier annotated copy");
  expect(sha(input)).toBe(inputHash);
});

it("a successful run writes the copy whole and leaves the input byte for byte as it was", async () => {
  const out = path.join(dir, "out");
  const r = await ziping(["check", "--out", out, "--insert-totals", "--summary", input]);
  expect(r.code).toBe(1);
  expect(readdirSync(out)).toEqual(["自评表.xlsx"]);
  expect(existsSync(path.join(out, "自评表.xlsx"))).toBe(true);
  expect(sha(input)).toBe(inputHash);
  // --out naming the input's own directory is refused before anything is written.
  const same = await ziping(["check", "--out", dir, input]);
  expect(same.code).toBe(2);
  expect(sha(input)).toBe(inputHash);
});
