import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "培训人次的实际完成值空着。", "en-US": "培训人次 has no actual value." },
    sheet: departmentForm({ E7: null }),
    messageId: "missing",
  },
  passes: {
    about: { "zh-CN": "每个指标都填了实际完成值。", "en-US": "Every indicator has its actual value." },
    sheet: departmentForm(),
  },
};

export default examples;
