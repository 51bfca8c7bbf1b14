/**
 * Reading the add-in's earlier sheets in a caller's read batch: through each sheet's defined name, its
 * marked area's values and formatting, its used size, its charts and its name — what ./marks.ts needs to
 * tell an untouched sheet from one the user edited.
 */
import { FORMAT_PROPS } from "./fingerprint";
import { ownState, type OwnState } from "./marks";
import type { OwnSheetRecord } from "./store";

/** The reads queued by queueOwnSheet, answered after the sync. */
export interface OwnSheetLoads {
  rec: OwnSheetRecord;
  ws: Excel.Worksheet;
  area: Excel.Range;
  used: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]>;
  charts: Excel.ChartCollection;
}

/** Queues what tells whether one of the add-in's sheets (found through its defined name) was edited. */
export function queueOwnSheet(wb: Excel.Workbook, rec: OwnSheetRecord): OwnSheetLoads {
  const area = wb.names.getItem(rec.key).getRange();
  area.load("values");
  // The sheet through a second getRange (a navigation, not a read).
  const ws = wb.names.getItem(rec.key).getRange().worksheet;
  ws.load("name,id");
  const used = ws.getUsedRangeOrNullObject(true);
  used.load("rowIndex,columnIndex,rowCount,columnCount");
  const props = area.getCellProperties(FORMAT_PROPS);
  const charts = ws.charts;
  charts.load("items/name");
  return { rec, ws, area, used, props, charts };
}

/** After the sync: the sheet's state (edited or not, and how). */
export function ownStateOf({ rec, ws, area, used, props, charts }: OwnSheetLoads): OwnState {
  return ownState(rec, {
    name: ws.name,
    id: ws.id,
    values: area.values as unknown[][],
    used: used.isNullObject ? null : used,
    props: props.value as unknown[][],
    charts: charts.items.length,
  });
}
