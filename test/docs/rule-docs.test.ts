/** Every rule has its page under docs/rules/, and every page is what `npm run docs` writes today. */
import { existsSync, readdirSync, readFileSync } from "fs";
import * as path from "path";
import { rules } from "../../src/core/rules";
import { ruleDocPath } from "../../src/core/rule-docs";
import { ruleDocPages } from "../../tools/rule-docs";

const ROOT = path.join(__dirname, "../..");

describe("docs/rules", () => {
  const pages = ruleDocPages();

  it.each(rules.map((r) => r.meta.id))("has a page for %s", (id) => {
    expect(existsSync(path.join(ROOT, ruleDocPath(id)))).toBe(true);
  });

  it("holds no stale page: each one equals its generated text (run `npm run docs`)", () => {
    for (const [file, text] of pages) {
      expect([file, readFileSync(path.join(ROOT, file), "utf8")]).toEqual([file, text]);
    }
  });

  it("holds no page for a rule that is gone", () => {
    const onDisk = readdirSync(path.join(ROOT, "docs/rules")).map((name) => `docs/rules/${name}`);
    expect(onDisk.sort()).toEqual([...pages.keys()].sort());
  });

  it("links every page to the description of the forms", () => {
    expect(existsSync(path.join(ROOT, "docs/forms.md"))).toBe(true);
  });
});
