/**
 * The largest grid the engine is given, shared by both adapters: a stray value in a far corner
 * (XFD1048576) makes a used range of billions of cells, which neither exceljs nor Excel on the
 * web can hand over; refusing with a reason beats a pane or a CLI run that never finishes.
 */
export const MAX_SHEET_CELLS = 2_000_000;
