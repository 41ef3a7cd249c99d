import type { RuleExamples } from "./example";
import { departmentForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: {
      "zh-CN": "定性指标用一句话回答，需要人工判断。",
      "en-US": "A qualitative target answered in a sentence: a person must judge it.",
    },
    sheet: departmentForm({ D8: "群众满意", E8: "大部分群众表示满意" }),
    messageId: "qualitative",
  },
  passes: {
    about: {
      "zh-CN": "定性指标填写“达成”，可以直接判断。",
      "en-US": "The qualitative target is answered 达成, which can be read.",
    },
    sheet: departmentForm({ D8: "群众满意", E8: "达成" }),
  },
};

export default examples;
