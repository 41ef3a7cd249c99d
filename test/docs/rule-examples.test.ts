/**
 * Each rule's examples (tools/rule-examples/) do what its page says: the example that fires yields the
 * rule's finding with the message id it names, the one that passes yields none of that rule. The page
 * shows what the engine says on them (tools/rule-docs.ts), so with this test a page cannot lie.
 */
import { rules } from "../../src/core/rules";
import { exampleFindings } from "../../tools/rule-docs";
import { ruleExamples } from "../../tools/rule-examples";

const ids = rules.map((r) => r.meta.id);

test("every rule has examples, and every example file is a rule's", () => {
  expect(Object.keys(ruleExamples).sort()).toEqual([...ids].sort());
});

describe.each(ids)("%s", (id) => {
  const examples = ruleExamples[id];
  const rule = rules.find((r) => r.meta.id === id)!;

  it(`fires on its example with the message it names`, () => {
    expect(Object.keys(rule.meta.messages)).toContain(examples.fires.messageId);
    const found = exampleFindings(id, examples.fires);
    expect(found.map((f) => f.messageId)).toContain(examples.fires.messageId);
  });

  it("says nothing on its passing example", () => {
    expect(exampleFindings(id, examples.passes)).toEqual([]);
  });

  it("describes both examples in Chinese and English", () => {
    for (const example of [examples.fires, examples.passes]) {
      expect(example.about["zh-CN"]).toMatch(/[\u4e00-\u9fff]/);
      expect(example.about["en-US"]).toMatch(/\b[a-z]{3,}\b/);
    }
  });
});
