/** The layout the panels share: a column of blocks, a column of full-width buttons, a plain bulleted list. */
import { makeStyles, tokens } from "@fluentui/react-components";

export const usePanelStyles = makeStyles({
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM },
  actions: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, alignItems: "stretch" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});
