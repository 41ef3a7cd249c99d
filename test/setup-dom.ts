import "@testing-library/jest-dom";
import { configure } from "@testing-library/dom";

// The pane's live region repeats the banner's words for screen readers; text queries look at what is
// on screen, and tests of the announcements read the region by its role (status).
// Parts of the pane load lazily (their own chunks); on a busy machine that can take over a second.
configure({ defaultIgnore: "script, style, [role=status]", asyncUtilTimeout: 5000 });
