import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "目标 ≥100 人次，实际完成 150 人次（150%）。",
      "en-US": "The target is ≥100 人次; 150 were trained (150%).",
    },
    sheet: departmentForm({ E7: "150人次" }),
    messageId: "exceeded",
  },
  passes: {
    about: { "zh-CN": "实际完成 120 人次，为目标的 120%。", "en-US": "120 were trained, 120% of the target." },
    sheet: departmentForm(),
  },
};

export default examples;
