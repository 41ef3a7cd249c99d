import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "培训人次未达到目标，偏差原因一栏空着。",
      "en-US": "培训人次 falls short of its target and the 偏差原因 cell is blank.",
    },
    sheet: departmentForm({ E7: "80人次" }),
    messageId: "unmet",
  },
  passes: {
    about: { "zh-CN": "同样未达到目标，但写明了原因。", "en-US": "The same shortfall, with its reason written." },
    sheet: departmentForm({ E7: "80人次", F7: "场地改造，停训两个月" }),
  },
};

export default examples;
