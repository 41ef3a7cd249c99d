import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "「业务培训」执行 60,000 元，预算只有 50,000 元。",
      "en-US": "「业务培训」 spent 60,000 against a budget of 50,000.",
    },
    sheet: departmentForm({ C4: 60000, C5: 150000 }),
    messageId: "overspent",
  },
  passes: {
    about: { "zh-CN": "每项执行数都不超过预算数。", "en-US": "No row spends more than its budget." },
    sheet: departmentForm(),
  },
};

export default examples;
