/**
 * The agency's own words (../shared/ita-framework.md, "Agency types and their own words"): the people it
 * serves, who answers the external survey, and the phrase variants written for its kind.
 *
 * - Every phrase may have a variant for a kind of agency, "key@kind" (e.g. "measure.indicator.8.target@school"),
 *   or for a family of kinds, "key@health" (health offices, hospitals and รพ.สต.). The composer takes the
 *   kind's variant, else the family's, else the key itself; a year variant ("key@school.fy2567") is looked
 *   up on top of that (keyForYear).
 * - The placeholders {public} (the people the agency serves), {externals} (who answers the external
 *   survey) and {staff} (who answers the internal one) are filled by kind, in every phrase.
 * - What falls back to generic wording: a kind with no variant of a phrase uses the general text, which is
 *   written for any agency ("ผู้รับบริการ", "หน่วยงาน", "ผู้บริหาร"); "other" (a kind the name and type do
 *   not reveal) uses only the general texts with {public} = "ผู้รับบริการ"; the units and the head fall back
 *   as agency.ts says (neutral units, a blank position line).
 */
import type { AgencyKind } from "./agency";
import type { PhraseLibrary } from "./phraseLibrary";

export interface Vocabulary {
  /** The people the agency serves: "ประชาชน", "นักเรียน ผู้ปกครอง และชุมชน", ... */
  public: string;
  /** Who answers the external survey (EIT), as the interpretation names them. */
  externals: string;
  /** Who answers the internal survey (IIT), as section ๔'s interpretation names them. */
  staff: string;
}

const STAFF = "บุคลากรภายใน";

const WORDS: Record<AgencyKind, Vocabulary> = {
  local: { public: "ประชาชน", externals: "ประชาชนผู้รับบริการ", staff: STAFF },
  department: {
    public: "ผู้รับบริการและผู้มีส่วนได้ส่วนเสีย",
    externals: "ผู้รับบริการและหน่วยงานที่ติดต่อ",
    staff: STAFF,
  },
  school: {
    public: "นักเรียน ผู้ปกครอง และชุมชน",
    externals: "ผู้ปกครองและชุมชน",
    staff: "ครูและบุคลากรทางการศึกษา",
  },
  university: {
    public: "นักศึกษา ผู้ปกครอง และผู้รับบริการ",
    externals: "นักศึกษาและผู้รับบริการ",
    staff: STAFF,
  },
  healthOffice: {
    public: "ประชาชนและหน่วยบริการสาธารณสุขในพื้นที่",
    externals: "ผู้รับบริการและหน่วยบริการที่ติดต่อ",
    staff: STAFF,
  },
  hospital: { public: "ผู้ป่วย ญาติ และประชาชน", externals: "ผู้ป่วยและญาติ", staff: STAFF },
  healthCentre: { public: "ประชาชนในพื้นที่", externals: "ผู้รับบริการในพื้นที่", staff: STAFF },
  stateEnterprise: { public: "ลูกค้าและผู้ใช้บริการ", externals: "ลูกค้าและผู้ใช้บริการ", staff: STAFF },
  other: { public: "ผู้รับบริการ", externals: "ผู้รับบริการ", staff: STAFF },
};

/** The families of kinds that share phrase variants. */
const FAMILY: Partial<Record<AgencyKind, string>> = {
  healthOffice: "health",
  hospital: "health",
  healthCentre: "health",
};

export function vocabularyOf(kind: AgencyKind): Vocabulary {
  return WORDS[kind];
}

/** The key of the phrase used for an agency of this kind: "key@kind", "key@family", or the key. */
export function keyForKind(lib: PhraseLibrary, key: string, kind: AgencyKind): string {
  const own = `${key}@${kind}`;
  if (lib[own] !== undefined) return own;
  const family = FAMILY[kind];
  if (family && lib[`${key}@${family}`] !== undefined) return `${key}@${family}`;
  return key;
}

/** Thai names of the kinds and families, for the editable phrase sheet's descriptions. */
export const KIND_NAMES: Record<string, string> = {
  local: "องค์กรปกครองส่วนท้องถิ่น",
  department: "กรมและส่วนราชการ",
  school: "สถานศึกษา",
  university: "มหาวิทยาลัย",
  healthOffice: "สำนักงานสาธารณสุข",
  hospital: "โรงพยาบาล",
  healthCentre: "โรงพยาบาลส่งเสริมสุขภาพตำบล",
  stateEnterprise: "รัฐวิสาหกิจ",
  health: "หน่วยงานสาธารณสุข",
  other: "หน่วยงานอื่น",
};

/**
 * Phrase variants by kind: only where the general text would say something untrue or foreign to the
 * agency (a school has no queue of citizens and opens no "new service"; a hospital's service is care).
 */
export const KIND_PHRASES: PhraseLibrary = {
  // School: teaching and student affairs, parents, the school board.
  "indicator.1.improve@school":
    "(1) เผยแพร่ขั้นตอนและระยะเวลาของงานรับนักเรียน งานทะเบียน และงานบริการเอกสารทางการศึกษา\n(2) ดูแลนักเรียนทุกคนอย่างเท่าเทียมโดยไม่เลือกปฏิบัติ\n(3) ชี้แจงแนวทางไม่รับของขวัญและประโยชน์อื่นใดจากผู้ปกครองแก่ครูและบุคลากร",
  "measure.indicator.1.title@school": "ปฏิบัติหน้าที่ตามขั้นตอนและดูแลนักเรียนอย่างเท่าเทียม",
  "measure.indicator.1.steps@school":
    "1. เผยแพร่ขั้นตอนและระยะเวลาของงานรับนักเรียน งานทะเบียน และงานบริการเอกสาร\n2. ทบทวนการดูแลนักเรียนทุกคนอย่างเท่าเทียมในที่ประชุมครูทุกภาคเรียน",
  "measure.indicator.1.target@school": "ขั้นตอนครบทุกงานภายในเดือน{deadline} และ{goal}",
  "indicator.6.improve@school":
    "(1) ประกาศขั้นตอนและระยะเวลาของงานบริการนักเรียนและผู้ปกครองบนเว็บไซต์และที่โรงเรียน\n(2) ชี้แจงข้อมูลการเรียนการสอนและค่าใช้จ่ายแก่ผู้ปกครองอย่างชัดเจน\n(3) สำรวจความพึงพอใจของนักเรียนและผู้ปกครองและนำผลมาปรับปรุง",
  "measure.indicator.6.title@school": "ยกระดับคุณภาพงานบริการนักเรียนและผู้ปกครอง",
  "measure.indicator.6.steps@school":
    "1. ประกาศขั้นตอนและระยะเวลาของงานบริการนักเรียนและผู้ปกครอง\n2. สำรวจความพึงพอใจของนักเรียนและผู้ปกครองภาคเรียนละ 1 ครั้ง",
  "measure.indicator.6.target@school": "ประกาศครบทุกงานภายในเดือน{deadline} และ{goal}",
  "indicator.7.improve@school":
    "(1) แจ้งผลการดำเนินงานของโรงเรียนต่อผู้ปกครองและชุมชนผ่านเว็บไซต์ เพจ และการประชุมผู้ปกครอง\n(2) มอบหมายครูตอบข้อสงสัยของผู้ปกครอง\n(3) ประชาสัมพันธ์ช่องทางร้องเรียนการทุจริตให้ผู้ปกครองและชุมชนทราบ",
  "measure.indicator.7.title@school": "สื่อสารกับผู้ปกครองและชุมชนอย่างทั่วถึง",
  "measure.indicator.7.steps@school":
    "1. รายงานผลการดำเนินงานต่อคณะกรรมการสถานศึกษาขั้นพื้นฐานและที่ประชุมผู้ปกครอง\n2. ประชาสัมพันธ์ช่องทางแสดงความคิดเห็นและร้องเรียนให้ผู้ปกครองและชุมชนทราบ",
  "indicator.8.improve@school":
    "(1) เปิดช่องทางออนไลน์ให้ผู้ปกครองติดตามผลการเรียนและติดต่อโรงเรียน\n(2) รับฟังข้อเสนอของนักเรียน ผู้ปกครอง และคณะกรรมการสถานศึกษาขั้นพื้นฐานเพื่อปรับปรุงงาน\n(3) พัฒนาครูและบุคลากรด้านการให้บริการอย่างน้อยปีละ 1 ครั้ง\n(4) แจ้งผลการปรับปรุงตามข้อเสนอแนะให้ผู้ปกครองทราบ",
  "measure.indicator.8.title@school": "ปรับปรุงการทำงานโดยให้ผู้ปกครองและชุมชนมีส่วนร่วม",
  "measure.indicator.8.steps@school":
    "1. เปิดช่องทางออนไลน์ให้ผู้ปกครองติดตามผลการเรียนและติดต่อโรงเรียน\n2. รับฟังข้อเสนอของคณะกรรมการสถานศึกษาขั้นพื้นฐานเพื่อปรับปรุงงาน",
  "measure.indicator.8.target@school":
    "ช่องทางออนไลน์สำหรับผู้ปกครองใช้งานได้ภายในเดือน{deadline} และ{goal}",
  "measure.standing.4.steps@school":
    "1. ผู้อำนวยการโรงเรียนประกาศนโยบาย No Gift Policy\n2. แจ้งครู บุคลากร และผู้ปกครองให้ทราบ",
  // Health offices, hospitals and รพ.สต.: care and health services, patients and their relatives.
  "measure.indicator.1.steps@health":
    "1. เผยแพร่ขั้นตอนและระยะเวลาของงานบริการแต่ละงาน\n2. ติดตามการให้บริการตามลำดับคิวโดยไม่เลือกปฏิบัติทุกไตรมาส",
  "indicator.8.improve@health":
    "(1) ลดขั้นตอนและระยะเวลารอรับบริการ\n(2) เปิดช่องทางนัดหมายหรือติดต่อออนไลน์\n(3) อบรมผู้ให้บริการอย่างน้อยปีละ 1 ครั้ง\n(4) แจ้งผลการปรับปรุงตามข้อเสนอแนะของผู้รับบริการ",
  "measure.indicator.8.steps@health":
    "1. ลดขั้นตอนและระยะเวลารอรับบริการ หรือเปิดช่องทางนัดหมายออนไลน์\n2. อบรมบุคลากรผู้ให้บริการปีละ 1 ครั้ง",
  "measure.indicator.8.target@health":
    "ขั้นตอนหรือช่องทางบริการที่ปรับปรุงอย่างน้อย 1 งานภายในเดือน{deadline} และ{goal}",
  // Departments: their services go to the public and to the units under them.
  "measure.indicator.8.steps@department":
    "1. ลดขั้นตอนหรือเปิดบริการอิเล็กทรอนิกส์ให้ผู้รับบริการและหน่วยงานในสังกัด\n2. อบรมบุคลากรผู้ให้บริการปีละ 1 ครั้ง",
};
