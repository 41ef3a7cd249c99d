import type { GriffelStyle } from "@fluentui/react-components";

/** Read by screen readers, not shown: the usual clip-to-one-pixel recipe, kept in the accessibility tree. */
export const visuallyHidden: GriffelStyle = {
  position: "absolute",
  width: "1px",
  height: "1px",
  margin: "-1px",
  padding: 0,
  overflow: "hidden",
  clipPath: "inset(50%)",
  whiteSpace: "nowrap",
  border: 0,
};
