import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "目标是 100 至 120 人次，实际完成 150 人次。",
      "en-US": "The target is 100 to 120 人次; 150 were trained.",
    },
    sheet: departmentForm({ D7: "100-120人次", E7: "150人次" }),
    messageId: "above",
  },
  passes: {
    about: { "zh-CN": "实际完成值在区间之内。", "en-US": "The actual lies inside the range." },
    sheet: departmentForm({ D7: "100-120人次", E7: "110人次" }),
  },
};

export default examples;
