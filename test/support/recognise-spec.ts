/** Recognise a readable SheetSpec, the way every recognition test starts. */
import { Grid } from "../../src/core/grid";
import type { Form } from "../../src/core/model";
import { recognise } from "../../src/core/recognise";
import { toGridData, type SheetSpec } from "../../tools/samples/sheet-spec";

export function recogniseSpec(spec: SheetSpec): Form | null {
  return recognise(new Grid(toGridData(spec)));
}

/** Like recogniseSpec, failing the test when the sheet is not recognised. */
export function mustRecognise(spec: SheetSpec): Form {
  const form = recogniseSpec(spec);
  if (!form) throw new Error(`sheet ${spec.name} was not recognised as a form`);
  return form;
}
