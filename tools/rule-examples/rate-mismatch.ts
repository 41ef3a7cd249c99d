import type { RuleExamples } from "./example";
import { projectForm } from "./forms";

const examples: RuleExamples = {
  fires: {
    about: { "zh-CN": "执行率填 95%，而 90 ÷ 100 = 90%。", "en-US": "The 执行率 says 95%, but 90 ÷ 100 is 90%." },
    sheet: projectForm({ G3: "95%" }),
    messageId: "row",
  },
  passes: {
    about: { "zh-CN": "执行率 90% 与金额相符。", "en-US": "The 执行率 of 90% agrees with the amounts." },
    sheet: projectForm(),
  },
};

export default examples;
