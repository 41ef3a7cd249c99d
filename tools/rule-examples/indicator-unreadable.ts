import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "实际完成值写成“见附件”，无法与目标比较。",
      "en-US": "The actual says “见附件” and cannot be compared with the target.",
    },
    sheet: departmentForm({ E7: "见附件" }),
    messageId: "actual",
  },
  passes: {
    about: { "zh-CN": "实际完成值是一个数量。", "en-US": "The actual is a quantity." },
    sheet: departmentForm(),
  },
};

export default examples;
