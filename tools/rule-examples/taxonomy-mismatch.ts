import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "“社会效益指标”放在了“产出指标”之下。", "en-US": "社会效益指标 is filed under 产出指标." },
    sheet: departmentForm({ B7: "社会效益指标" }),
    messageId: "misplaced",
  },
  passes: {
    about: { "zh-CN": "二级指标都在各自的一级指标之下。", "en-US": "Each 二级指标 sits under its own 一级指标." },
    sheet: departmentForm(),
  },
};

export default examples;
