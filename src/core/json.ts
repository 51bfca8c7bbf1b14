/**
 * Reader of the command line's JSON input:
 *   { "fiscalYear": 2562, "indicators": { "1": 94.15, ..., "10.1": 87.5, "10.2": 100 },
 *     "iit"?, "eit"?, "oit"?, "total"?, "level"?, "threshold"?, "agency"? }
 * or an array of such objects (a batch). Other keys are ignored. Each value's "cell" is its JSON key
 * ("indicators.3", "iit", "[2].indicators.3" inside a batch), so messages point at it.
 * "indicators" may also be an array of { "id", "score" } objects. "agency" is an object with the
 * AgencyDetails fields, or a plain string (the agency's name).
 */
import type { AgencyDetails, Message, RawInput } from "./types";
import { message } from "./parse";
import { isIsoDate } from "./thai";

export interface JsonItem {
  raw: RawInput;
  /** Agency details, when the item has an "agency" key that reads cleanly. */
  agency?: AgencyDetails;
  /** A "threshold" key, when present and a number 0-100. */
  threshold?: number;
  /** Problems in the shape of this item (not in the scores: those are the parser's). */
  problems: Message[];
}

export interface JsonInput {
  /** True when the file held an array. */
  batch: boolean;
  items: JsonItem[];
  /** Problems with the file as a whole (not an object or array, empty array). */
  problems: Message[];
}

function isObject(x: unknown): x is Record<string, unknown> {
  return x !== null && typeof x === "object" && !Array.isArray(x);
}

const AGENCY_TEXT_KEYS = ["name", "type", "district", "province", "unit", "date"] as const;

/** AgencyDetails from an object or a plain name; problems name the keys at fault. */
export function agencyFromJson(
  value: unknown,
  key = "agency"
): { agency?: AgencyDetails; problems: Message[] } {
  const problems: Message[] = [];
  if (typeof value === "string") {
    return value.trim()
      ? { agency: { name: value.trim() }, problems }
      : { problems: [message("agency-name", "ไม่มีชื่อหน่วยงาน", "the agency name is empty", key)] };
  }
  if (!isObject(value)) {
    problems.push(
      message(
        "agency-shape",
        "ข้อมูลหน่วยงานต้องเป็นชื่อ หรือออบเจกต์ที่มี name, type, district, province, unit, responsible, date",
        "agency must be a name or an object with name, type, district, province, unit, responsible, date",
        key
      )
    );
    return { problems };
  }
  const out: Partial<AgencyDetails> = {};
  for (const k of AGENCY_TEXT_KEYS) {
    const v = value[k];
    if (v === undefined || v === null || v === "") continue;
    if (typeof v !== "string") {
      problems.push(
        message("agency-field", `${k} ต้องเป็นข้อความ`, `${k} must be text`, `${key}.${k}`)
      );
      continue;
    }
    out[k] = v.trim();
  }
  if (out.date !== undefined && !isIsoDate(out.date)) {
    problems.push(
      message(
        "agency-date",
        `วันที่ "${out.date}" ต้องอยู่ในรูป ปปปป-ดด-วว ของปี ค.ศ. เช่น 2020-02-15`,
        `the date "${out.date}" must be yyyy-mm-dd (Gregorian), e.g. 2020-02-15`,
        `${key}.date`
      )
    );
    delete out.date;
  }
  const resp = value.responsible;
  if (resp !== undefined && resp !== null) {
    if (typeof resp === "string") {
      out.responsible = resp
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (Array.isArray(resp) && resp.every((s) => typeof s === "string")) {
      out.responsible = (resp as string[]).map((s) => s.trim()).filter(Boolean);
    } else {
      problems.push(
        message(
          "agency-field",
          "responsible ต้องเป็นรายการชื่อหน่วยงาน",
          "responsible must be a list of unit names",
          `${key}.responsible`
        )
      );
    }
  }
  if (!out.name) {
    problems.push(
      message(
        "agency-name",
        "ไม่มีชื่อหน่วยงาน (name)",
        "the agency name (name) is missing",
        `${key}.name`
      )
    );
    return { problems };
  }
  return { agency: out as AgencyDetails, problems };
}

function itemFromJson(obj: unknown, prefix: string): JsonItem {
  const problems: Message[] = [];
  const raw: RawInput = { indicators: [] };
  const at = (k: string): string => prefix + k;
  if (!isObject(obj)) {
    problems.push(
      message(
        "json-shape",
        "ข้อมูลต้องเป็นออบเจกต์ที่มี fiscalYear และ indicators",
        "each input must be an object with fiscalYear and indicators",
        prefix ? prefix.replace(/\.$/, "") : undefined
      )
    );
    return { raw, problems };
  }
  const fyKey = ["fiscalYear", "fiscal_year", "year"].find((k) => k in obj);
  if (fyKey) raw.fiscalYear = { value: obj[fyKey], cell: at(fyKey) };
  const ind = obj.indicators;
  if (isObject(ind)) {
    for (const [id, value] of Object.entries(ind)) {
      raw.indicators.push({ id, value, cell: at(`indicators.${id}`) });
    }
  } else if (Array.isArray(ind)) {
    ind.forEach((e, i) => {
      if (isObject(e) && (typeof e.id === "string" || typeof e.id === "number")) {
        raw.indicators.push({
          id: String(e.id),
          value: e.score ?? e.value,
          cell: at(`indicators[${i}]`),
        });
      } else {
        problems.push(
          message(
            "json-shape",
            'รายการตัวชี้วัดต้องเป็น { "id": ..., "score": ... }',
            'an indicator entry must be { "id": ..., "score": ... }',
            at(`indicators[${i}]`)
          )
        );
      }
    });
  } else if (ind !== undefined && ind !== null) {
    problems.push(
      message(
        "json-shape",
        'indicators ต้องเป็นออบเจกต์ เช่น { "1": 94.15, "10.1": 87.5 }',
        'indicators must be an object such as { "1": 94.15, "10.1": 87.5 }',
        at("indicators")
      )
    );
  }
  for (const k of ["iit", "eit", "oit", "total", "level"] as const) {
    const key = Object.keys(obj).find((x) => x.toLowerCase() === k);
    if (key !== undefined && obj[key] !== undefined) raw[k] = { value: obj[key], cell: at(key) };
  }
  const item: JsonItem = { raw, problems };
  if (obj.threshold !== undefined) {
    const t = obj.threshold;
    if (typeof t === "number" && Number.isFinite(t) && t >= 0 && t <= 100) item.threshold = t;
    else
      problems.push(
        message(
          "threshold-invalid",
          "threshold ต้องเป็นตัวเลข 0-100",
          "threshold must be a number 0-100",
          at("threshold")
        )
      );
  }
  if (obj.agency !== undefined && obj.agency !== null) {
    const a = agencyFromJson(obj.agency, at("agency"));
    problems.push(...a.problems);
    if (a.agency) item.agency = a.agency;
  }
  return item;
}

/** Reads a parsed JSON value (one object or an array of objects) into raw inputs for the parser. */
export function rawFromJson(obj: unknown): JsonInput {
  if (Array.isArray(obj)) {
    if (obj.length === 0) {
      return {
        batch: true,
        items: [],
        problems: [message("json-empty", "รายการข้อมูลว่างเปล่า", "the input array is empty")],
      };
    }
    return { batch: true, items: obj.map((o, i) => itemFromJson(o, `[${i}].`)), problems: [] };
  }
  if (!isObject(obj)) {
    return {
      batch: false,
      items: [],
      problems: [
        message(
          "json-shape",
          "ไฟล์ต้องเป็นออบเจกต์ JSON หรืออาร์เรย์ของออบเจกต์",
          "the file must hold a JSON object or an array of objects"
        ),
      ],
    };
  }
  return { batch: false, items: [itemFromJson(obj, "")], problems: [] };
}
