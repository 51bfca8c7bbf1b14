/**
 * Reader of the command line's JSON input:
 *   { "fiscalYear": 2562, "indicators": { "1": 94.15, ..., "10.1": 87.5, "10.2": 100 },
 *     "iit"?, "eit"?, "oit"?, "total"?, "level"?, "threshold"?, "agency"? }
 * or an array of such objects (a batch). Other keys are ignored. Each value's "cell" is its JSON key
 * ("indicators.3", "iit", "[2].indicators.3" inside a batch), so messages point at it.
 * "indicators" may also be an array of { "id", "score" } objects. "agency" is an object with the
 * AgencyDetails fields, or a plain string (the agency's name). "previous" is an earlier year of the same
 * agency (any of fiscalYear, indicators, iit, eit, oit, total, level) or an array of them, for the
 * year-over-year comparison; its scores are checked by the parser like this year's (parseEarlierYears).
 */
import { AGENCY_WHAT } from "./inputChecks";
import { createScanner, visit, printParseErrorCode, type ParseErrorCode } from "jsonc-parser";
import type { AgencyDetails, Message, RawEarlier, RawInput, RawYear } from "./types";
import { parseThreshold, shownText, textProblem, TEXT_LIMITS } from "./parse";
import { message } from "./message";
import { isIsoDate } from "./thai";

/** Deepest nesting of objects and arrays accepted (the input format needs 3; a batch 4). */
export const MAX_JSON_DEPTH = 64;
/** Most entries accepted under "indicators" (the framework has 17 ids at most). */
export const MAX_INDICATOR_ENTRIES = 100;
/** Longest JSON text accepted, in characters (a batch of 10,000 agencies is about 4 million). */
export const MAX_JSON_CHARS = 16 * 1024 * 1024;

type JsonPathItem = string | number;

/** A JSON syntax error in words (jsonc-parser's codes, "PropertyNameExpected", are no words for a user). */
const SYNTAX_WORDS: Partial<Record<ParseErrorCode, [string, string]>> = {
  1: ["มีอักขระที่ JSON ไม่รู้จัก", "a character JSON does not know"],
  2: ["ตัวเลขเขียนไม่ถูกรูปแบบ", "a number written wrongly"],
  3: [
    'ต้องมีชื่อคีย์ในเครื่องหมายคำพูด (อาจมีจุลภาคเกินก่อน } หรือชื่อคีย์ไม่มี "...")',
    'a key in double quotes was expected (a comma before "}", or a key without quotes?)',
  ],
  4: [
    "ต้องมีค่า (อาจมีจุลภาคเกินก่อน ] หรือค่าว่าง)",
    'a value was expected (a comma before "]", or a missing value?)',
  ],
  5: ["ต้องมีเครื่องหมาย : หลังชื่อคีย์", 'a colon ":" was expected after the key'],
  6: ["ต้องมีจุลภาค , คั่นระหว่างรายการ", 'a comma "," was expected between two entries'],
  7: ["ต้องมีวงเล็บปีกกาปิด }", 'a closing brace "}" was expected'],
  8: ["ต้องมีวงเล็บเหลี่ยมปิด ]", 'a closing bracket "]" was expected'],
  9: ["ต้องจบไฟล์แล้ว แต่ยังมีข้อความต่อ", "the end of the file was expected, but more text follows"],
  10: ["JSON ไม่รองรับความเห็น (comment)", "JSON allows no comments"],
  11: ["ความเห็น (comment) ไม่ได้ปิด", "a comment is not closed"],
  12: ['ข้อความไม่ได้ปิดด้วยเครื่องหมายคำพูด "', 'a text is not closed with a double quote "'],
  13: ["ตัวเลขจบไม่ครบ", "a number ends too early"],
  14: ["รหัส \\u ไม่ถูกต้อง", "an invalid \\u escape"],
  15: ["อักขระหลัง \\ ไม่ถูกต้อง", "an invalid escape after \\"],
  16: [
    "มีอักขระควบคุม (เช่น ขึ้นบรรทัดใหม่) อยู่ในข้อความ",
    "a control character (a line break, for instance) inside a text",
  ],
};

function syntaxWords(code: ParseErrorCode): { th: string; en: string } {
  const w = SYNTAX_WORDS[code];
  if (w) return { th: w[0], en: w[1] };
  const name = printParseErrorCode(code);
  return { th: name, en: name };
}

/** A key as named in a message: whole when short, cut (with "…") past 40 characters. */
function keyText(key: string): string {
  return key.length <= 40 ? key : shownText(key);
}

function pathText(path: JsonPathItem[]): string {
  let out = "";
  for (const p of path)
    out += typeof p === "number" ? `[${p}]` : out ? `.${keyText(p)}` : keyText(p);
  return out;
}

/**
 * Parses JSON text strictly (no comments, no trailing commas) with jsonc-parser, which reports positions:
 * a byte order mark is accepted; a syntax error, a key given twice in one object ("1": 94.15, "1": 12.5)
 * and nesting deeper than MAX_JSON_DEPTH are refused by name (key and line). Objects are built without a
 * prototype, so keys such as "__proto__" or "constructor" are plain keys. Never throws; linear in the text.
 */
export function parseJsonText(input: string): { value?: unknown; problems: Message[] } {
  const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
  if (text.length > MAX_JSON_CHARS) {
    return {
      problems: [
        message(
          "json-too-large",
          `ไฟล์ JSON ยาว ${text.length.toLocaleString("en-US")} ตัวอักษร เกินขีดจำกัด ${MAX_JSON_CHARS.toLocaleString("en-US")}`,
          `the JSON file holds ${text.length.toLocaleString("en-US")} characters, more than the limit of ${MAX_JSON_CHARS.toLocaleString("en-US")}`
        ),
      ],
    };
  }
  const problems: Message[] = [];
  const line = (l: number, c: number): string => `บรรทัด ${l + 1} ตำแหน่ง ${c + 1}`;
  const lineEn = (l: number, c: number): string => `line ${l + 1}, column ${c + 1}`;
  // jsonc-parser's parser recurses once per level: measure the depth first with its (iterative) scanner.
  const scanner = createScanner(text, true);
  for (let depth = 0, kind = scanner.scan(); kind !== 17 /* EOF */; kind = scanner.scan()) {
    if (kind === 1 /* { */ || kind === 3 /* [ */) depth++;
    else if (kind === 2 /* } */ || kind === 4 /* ] */) depth--;
    if (depth > MAX_JSON_DEPTH) {
      const l = scanner.getTokenStartLine();
      const c = scanner.getTokenStartCharacter();
      return {
        problems: [
          message(
            "json-too-deep",
            `ข้อมูลซ้อนกันลึกเกิน ${MAX_JSON_DEPTH} ชั้น (${line(l, c)})`,
            `the data is nested more than ${MAX_JSON_DEPTH} levels deep (${lineEn(l, c)})`
          ),
        ],
      };
    }
  }
  // Containers being built, with the keys seen (and where) for objects.
  const stack: Array<{
    value: Record<string, unknown> | unknown[];
    seen?: Map<string, number>;
  }> = [];
  let root: unknown;
  let hasRoot = false;
  let pendingKey: string | undefined;
  const put = (v: unknown): void => {
    const top = stack[stack.length - 1];
    if (!top) {
      root = v;
      hasRoot = true;
    } else if (Array.isArray(top.value)) top.value.push(v);
    else if (pendingKey !== undefined) {
      // A prototype-free object has no __proto__ setter: every key, "__proto__" included, is an own key.
      (top.value as Record<string, unknown>)[pendingKey] = v;
    }
    pendingKey = undefined;
  };
  const open = (value: Record<string, unknown> | unknown[]): void => {
    put(value);
    stack.push(Array.isArray(value) ? { value } : { value, seen: new Map() });
  };
  visit(
    text,
    {
      onObjectBegin: () => open(Object.create(null) as Record<string, unknown>),
      onArrayBegin: () => open([]),
      onObjectEnd: () => void stack.pop(),
      onArrayEnd: () => void stack.pop(),
      onObjectProperty: (property, _o, _n, l, c, path) => {
        const top = stack[stack.length - 1];
        const first = top?.seen?.get(property);
        if (first !== undefined) {
          const at = pathText([...path(), property]);
          problems.push(
            message(
              "json-duplicate-key",
              `คีย์ "${keyText(property)}" ซ้ำในออบเจกต์เดียวกัน (บรรทัด ${first + 1} และ ${l + 1}) กรุณาเก็บไว้เพียงค่าเดียว`,
              `the key "${keyText(property)}" is given twice in the same object (lines ${first + 1} and ${l + 1}); keep one`,
              at
            )
          );
        } else top?.seen?.set(property, l);
        pendingKey = property;
      },
      onLiteralValue: (v) => put(v),
      onError: (error: ParseErrorCode, _o, _n, l, c) => {
        if (problems.some((p) => p.code === "json-syntax")) return;
        problems.push(
          message(
            "json-syntax",
            `ไฟล์ไม่ใช่ JSON ที่ถูกต้อง: ${syntaxWords(error).th} ที่${line(l, c)}`,
            `the file is not valid JSON: ${syntaxWords(error).en} at ${lineEn(l, c)}`
          )
        );
      },
    },
    { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false }
  );
  if (problems.length || !hasRoot) {
    if (!problems.length)
      problems.push(message("json-syntax", "ไฟล์ JSON ว่างเปล่า", "the JSON file is empty"));
    return { problems };
  }
  return { value: root, problems };
}

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

/** What each agency field is, for messages. */

/** AgencyDetails from an object or a plain name; problems name the keys at fault. */
export function agencyFromJson(
  value: unknown,
  key = "agency"
): { agency?: AgencyDetails; problems: Message[] } {
  const problems: Message[] = [];
  if (typeof value === "string") {
    const bad = textProblem(value, key, AGENCY_WHAT.name);
    if (bad) return { problems: [bad] };
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
    const bad = textProblem(v, `${key}.${k}`, AGENCY_WHAT[k]);
    if (bad) {
      problems.push(bad);
      continue;
    }
    out[k] = v.trim();
  }
  if (out.date !== undefined && !isIsoDate(out.date)) {
    problems.push(
      message(
        "agency-date",
        `วันที่ "${shownText(out.date)}" ต้องอยู่ในรูป ปปปป-ดด-วว ของปี ค.ศ. เช่น 2020-02-15`,
        `the date "${shownText(out.date)}" must be yyyy-mm-dd (Gregorian), e.g. 2020-02-15`,
        `${key}.date`
      )
    );
    delete out.date;
  }
  const resp = value.responsible;
  if (resp !== undefined && resp !== null) {
    let units: string[] | undefined;
    if (typeof resp === "string") {
      units = resp
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter(Boolean);
    } else if (Array.isArray(resp) && resp.every((s) => typeof s === "string")) {
      units = (resp as string[]).map((s) => s.trim()).filter(Boolean);
    }
    if (units && units.length > TEXT_LIMITS.units) {
      problems.push(
        message(
          "text-too-many",
          `ผู้รับผิดชอบมี ${units.length} หน่วยงาน เกิน ${TEXT_LIMITS.units} หน่วยงาน`,
          `responsible lists ${units.length} units, more than ${TEXT_LIMITS.units}`,
          `${key}.responsible`
        )
      );
    } else if (units) {
      const bad = units
        .map((u, i) => textProblem(u, `${key}.responsible[${i}]`, AGENCY_WHAT.responsible))
        .find((p) => p !== undefined);
      if (bad) problems.push(bad);
      else out.responsible = units;
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
    if (!problems.some((p) => p.cell === `${key}.name`))
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

/** One year's figures from an object: fiscal year, indicators, tool scores, total and level. */
function yearFromJson(
  obj: Record<string, unknown>,
  at: (k: string) => string,
  raw: RawYear
): Message[] {
  const problems: Message[] = [];
  const fyKey = ["fiscalYear", "fiscal_year", "year"].find((k) => k in obj);
  if (fyKey) raw.fiscalYear = { value: obj[fyKey], cell: at(fyKey) };
  const ind = obj.indicators;
  const count = isObject(ind) ? Object.keys(ind).length : Array.isArray(ind) ? ind.length : 0;
  if (count > MAX_INDICATOR_ENTRIES) {
    problems.push(
      message(
        "json-too-many",
        `indicators มี ${count.toLocaleString("en-US")} รายการ เกิน ${MAX_INDICATOR_ENTRIES} (กรอบการประเมินมีไม่ถึง 20 ตัวชี้วัด)`,
        `indicators holds ${count.toLocaleString("en-US")} entries, more than ${MAX_INDICATOR_ENTRIES} (the framework has fewer than 20 indicators)`,
        at("indicators")
      )
    );
  } else if (isObject(ind)) {
    for (const [id, value] of Object.entries(ind)) {
      raw.indicators.push({ id, value, cell: at(`indicators.${keyText(id)}`) });
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
  return problems;
}

/** Most earlier years accepted under "previous" (a trend uses the latest five). */
export const MAX_PREVIOUS_YEARS = 20;

/**
 * "previous": one earlier year (an object with any of fiscalYear, indicators, iit, eit, oit, total,
 * level) or an array of them. Keys for messages: "previous.total", "previous[1].indicators.3".
 */
function previousFromJson(
  value: unknown,
  key: string
): { list: RawEarlier[]; problems: Message[] } {
  const problems: Message[] = [];
  const list: RawEarlier[] = [];
  const shape = (k: string): Message =>
    message(
      "json-shape",
      'ปีก่อนหน้า (previous) ต้องเป็นออบเจกต์ เช่น { "fiscalYear": 2561, "total": 70.00 } หรืออาร์เรย์ของออบเจกต์',
      'previous must be an object such as { "fiscalYear": 2561, "total": 70.00 }, or an array of them',
      k
    );
  const one = (o: unknown, k: string): void => {
    if (!isObject(o)) {
      problems.push(shape(k));
      return;
    }
    const raw: RawEarlier = { key: k, indicators: [] };
    problems.push(...yearFromJson(o, (x) => `${k}.${x}`, raw));
    list.push(raw);
  };
  if (Array.isArray(value)) {
    if (value.length > MAX_PREVIOUS_YEARS) {
      problems.push(
        message(
          "json-too-many",
          `previous มี ${value.length.toLocaleString("en-US")} ปี เกิน ${MAX_PREVIOUS_YEARS} ปี`,
          `previous holds ${value.length.toLocaleString("en-US")} years, more than ${MAX_PREVIOUS_YEARS}`,
          key
        )
      );
      return { list, problems };
    }
    value.forEach((o, i) => one(o, `${key}[${i}]`));
  } else one(value, key);
  return { list, problems };
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
  problems.push(...yearFromJson(obj, at, raw));
  if (obj.previous !== undefined && obj.previous !== null) {
    const p = previousFromJson(obj.previous, at("previous"));
    problems.push(...p.problems);
    if (p.list.length > 0) raw.previous = p.list;
  }
  const item: JsonItem = { raw, problems };
  if (obj.threshold !== undefined && obj.threshold !== null) {
    // The same check as the add-in's threshold (cell or pane): one core function.
    const t = parseThreshold(obj.threshold, at("threshold"));
    if (t.problem) problems.push(t.problem);
    else if (t.value !== null) item.threshold = t.value;
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
