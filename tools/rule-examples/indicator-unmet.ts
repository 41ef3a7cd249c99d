import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "目标 ≥100 人次，实际完成 80 人次。", "en-US": "The target is ≥100 人次; 80 were trained." },
    sheet: departmentForm({ E7: "80人次", F7: "场地改造，停训两个月" }),
    messageId: "floor",
  },
  passes: {
    about: { "zh-CN": "实际完成 120 人次，达到目标。", "en-US": "120 were trained: the target is met." },
    sheet: departmentForm(),
  },
};

export default examples;
