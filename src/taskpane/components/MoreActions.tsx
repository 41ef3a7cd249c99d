/** 更多操作: the actions that write to the workbook, in a menu (loaded after the pane's first paint). */
import { Menu, MenuButton, MenuItem, MenuList, MenuPopover, MenuTrigger } from "@fluentui/react-components";
import { ClearFormatting16Regular, Delete16Regular, DocumentBulletList16Regular, TableStackBelow16Regular } from "@fluentui/react-icons";
import type { PaneStrings } from "../strings";
import type { PaneActions } from "../usePaneState";

export default function MoreActions({ t, busy, actions }: { t: PaneStrings; busy: boolean; actions: PaneActions }) {
  return (
    <Menu>
      <MenuTrigger disableButtonEnhancement>
        <MenuButton disabled={busy}>{t.moreActions}</MenuButton>
      </MenuTrigger>
      <MenuPopover>
        <MenuList>
          <MenuItem icon={<ClearFormatting16Regular />} onClick={() => void actions.clear()}>
            {t.clearMarks}
          </MenuItem>
          <MenuItem icon={<TableStackBelow16Regular />} onClick={() => void actions.write("totals")}>
            {t.insertTotals}
          </MenuItem>
          <MenuItem icon={<DocumentBulletList16Regular />} onClick={() => void actions.write("summary")}>
            {t.writeSummary}
          </MenuItem>
          <MenuItem icon={<Delete16Regular />} onClick={() => void actions.deleteSummary()}>
            {t.deleteSummary}
          </MenuItem>
        </MenuList>
      </MenuPopover>
    </Menu>
  );
}
