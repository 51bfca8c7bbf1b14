/**
 * Agency names and units as the report prints them: the short and full names, the foreword's signature,
 * the units responsible for the measures. Pure string helpers over AgencyDetails.
 */
import type { AgencyDetails } from "../core/types";

const LOCAL_TYPES: Array<{ full: string; short: string }> = [
  { full: "องค์การบริหารส่วนตำบล", short: "อบต." },
  { full: "องค์การบริหารส่วนจังหวัด", short: "อบจ." },
  { full: "เทศบาลนคร", short: "ทน." },
  { full: "เทศบาลเมือง", short: "ทม." },
  { full: "เทศบาลตำบล", short: "ทต." },
];

/** Whether the agency is a local government (อบต., อบจ., เทศบาล, กรุงเทพมหานคร, เมืองพัทยา). */
export function isLocalGovernment(agency: AgencyDetails): boolean {
  const text = `${agency.type ?? ""} ${agency.name ?? ""}`;
  return /องค์การบริหารส่วน|เทศบาล|อบต\.|อบจ\.|กรุงเทพมหานคร|เมืองพัทยา/.test(text);
}

/**
 * The short name used in the measures ("อบต.กะหรอ"): only when the name starts with a local-government
 * type whose abbreviation is standard; otherwise the full name.
 */
export function agencyShortName(agency: AgencyDetails): string {
  const name = (agency.name ?? "").trim();
  for (const t of LOCAL_TYPES) {
    if (name.startsWith(t.full) && name.length > t.full.length)
      return t.short + name.slice(t.full.length).trim();
  }
  return name || "หน่วยงาน";
}

/** Name with district and province: "องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช". */
export function agencyFullName(agency: AgencyDetails): string {
  const parts = [(agency.name ?? "").trim() || "หน่วยงาน"];
  const district = (agency.district ?? "").trim();
  const province = (agency.province ?? "").trim();
  const bangkok = /กรุงเทพ/.test(province);
  if (district)
    parts.push(
      /^(อำเภอ|เขต|กิ่งอำเภอ)/.test(district) ? district : `${bangkok ? "เขต" : "อำเภอ"}${district}`
    );
  // No repeated province when the name already holds it ("องค์การบริหารส่วนจังหวัดสงขลา").
  const bare = province.replace(/^จังหวัด/, "");
  if (province && !parts[0].includes(bare))
    parts.push(/^จังหวัด/.test(province) || bangkok ? province : `จังหวัด${province}`);
  return parts.join(" ");
}

/**
 * The signature of the foreword: the writing unit with the agency's name. "สำนักปลัด" is joined directly
 * ("สำนักปลัดองค์การบริหารส่วนตำบลกะหรอ"), a unit ending in the start of the name shares it
 * ("สำนักปลัดเทศบาล" + "เทศบาลตำบลท่าศาลา" -> "สำนักปลัดเทศบาลตำบลท่าศาลา"), other units take a space.
 */
export function writerName(unit: string | undefined, agencyName: string): string {
  const u = (unit ?? "").trim();
  if (!u) return agencyName;
  if (u.includes(agencyName)) return u;
  for (let k = Math.min(u.length, agencyName.length); k >= 4; k--) {
    if (agencyName.startsWith(u.slice(u.length - k))) return u + agencyName.slice(k);
  }
  return u === "สำนักปลัด" ? `${u}${agencyName}` : `${u} ${agencyName}`;
}

/** The units responsible for measures: agency.responsible, else agency.unit, else a fallback by agency type. */
export function responsibleUnits(agency: AgencyDetails): string[] {
  const list = (agency.responsible ?? []).map((s) => s.trim()).filter(Boolean);
  if (list.length) return list;
  if (agency.unit && agency.unit.trim()) return [agency.unit.trim()];
  return [UNITS[agencyKind(agency)].admin];
}

/** The kind of agency, which decides the usual names of its units and of its head. */
export type AgencyKind = "local" | "department" | "school" | "stateEnterprise" | "other";

export function agencyKind(agency: AgencyDetails): AgencyKind {
  const text = `${agency.type ?? ""} ${agency.name ?? ""}`;
  if (isLocalGovernment(agency)) return "local";
  if (/โรงเรียน|วิทยาลัย|สถานศึกษา/.test(text)) return "school";
  if (
    /รัฐวิสาหกิจ|^\s*การ(ไฟฟ้า|ประปา|ท่าเรือ|รถไฟ|ทางพิเศษ|เคหะ|ยาสูบ|กีฬา|ท่องเที่ยว)|องค์การ(เภสัชกรรม|ตลาด|สวน|คลังสินค้า)|ธนาคาร|บริษัท/.test(
      text
    )
  )
    return "stateEnterprise";
  if (/(^|\s)กรม|กระทรวง|ส่วนราชการ|สำนักงาน|ศาล|สถาบัน/.test(text)) return "department";
  return "other";
}

/** What a measure is about, which decides the unit responsible for it. */
export type Topic = "admin" | "finance" | "hr" | "web" | "service" | "integrity" | "audit";

const UNITS: Record<AgencyKind, Record<Topic, string>> = {
  local: {
    admin: "สำนักปลัด",
    finance: "กองคลัง",
    hr: "สำนักปลัด (งานการเจ้าหน้าที่)",
    web: "สำนักปลัด (ผู้ดูแลเว็บไซต์)",
    service: "ทุกสำนักและกองที่ให้บริการประชาชน",
    integrity: "สำนักปลัด",
    audit: "หน่วยตรวจสอบภายใน",
  },
  department: {
    admin: "สำนักงานเลขานุการกรม",
    finance: "กองคลัง",
    hr: "กองการเจ้าหน้าที่",
    web: "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
    service: "ทุกหน่วยงานที่ให้บริการประชาชน",
    integrity: "ศูนย์ปฏิบัติการต่อต้านการทุจริต",
    audit: "กลุ่มตรวจสอบภายใน",
  },
  school: {
    admin: "กลุ่มบริหารทั่วไป",
    finance: "กลุ่มบริหารงบประมาณ",
    hr: "กลุ่มบริหารงานบุคคล",
    web: "กลุ่มบริหารทั่วไป (งานประชาสัมพันธ์และเว็บไซต์)",
    service: "กลุ่มบริหารวิชาการและกลุ่มบริหารทั่วไป",
    integrity: "กลุ่มบริหารทั่วไป",
    audit: "กลุ่มบริหารงบประมาณ (งานควบคุมภายใน)",
  },
  stateEnterprise: {
    admin: "ฝ่ายบริหารทั่วไป",
    finance: "ฝ่ายบัญชีและการเงิน",
    hr: "ฝ่ายทรัพยากรบุคคล",
    web: "ฝ่ายเทคโนโลยีสารสนเทศ",
    service: "ทุกฝ่ายที่ให้บริการลูกค้าและประชาชน",
    integrity: "ฝ่ายกำกับการปฏิบัติงานและธรรมาภิบาล",
    audit: "สำนักตรวจสอบภายใน",
  },
  other: {
    admin: "งานบริหารทั่วไป",
    finance: "งานการเงินและพัสดุ",
    hr: "งานบริหารบุคคล",
    web: "ผู้ดูแลเว็บไซต์ของหน่วยงาน",
    service: "ทุกงานที่ให้บริการประชาชน",
    integrity: "งานบริหารทั่วไป",
    audit: "ผู้ตรวจสอบภายใน",
  },
};

/** Which words in a unit's name show the topics it serves, to match the agency's own list of units. */
const TOPIC_WORDS: Record<Topic, RegExp> = {
  admin: /ปลัด|เลขานุการ|บริหารทั่วไป|อำนวยการ/,
  finance: /คลัง|การเงิน|บัญชี|งบประมาณ|พัสดุ/,
  hr: /บุคคล|การเจ้าหน้าที่|ทรัพยากรบุคคล/,
  web: /สารสนเทศ|เทคโนโลยี|ประชาสัมพันธ์|ดิจิทัล|เว็บไซต์/,
  service: /$^/,
  integrity: /ทุจริต|ธรรมาภิบาล|คุณธรรม/,
  audit: /ตรวจสอบภายใน/,
};

/**
 * The unit responsible for a topic: one of the agency's own units (agency.responsible, agency.unit) whose
 * name shows the topic, else the usual unit of an agency of its kind; the agency's writing unit stands in
 * for the administrative topics when it is given.
 */
export function unitFor(agency: AgencyDetails, topic: Topic): string {
  const own = [...(agency.responsible ?? []), agency.unit ?? ""]
    .map((s) => s.trim())
    .filter(Boolean);
  const hit = own.find((u) => TOPIC_WORDS[topic].test(u));
  if (hit) return hit;
  const kind = agencyKind(agency);
  if ((topic === "admin" || topic === "integrity") && agency.unit?.trim())
    return agency.unit.trim();
  if (kind === "local" && topic !== "finance" && topic !== "audit") {
    // A local government's writing unit (สำนักปลัด) also runs its website and its personnel work.
    const admin = own.find((u) => TOPIC_WORDS.admin.test(u));
    if (admin && topic !== "service") return UNITS.local[topic].replace("สำนักปลัด", admin);
  }
  return UNITS[kind][topic];
}

/**
 * The head of the agency, who approves the measures: "นายกองค์การบริหารส่วนตำบลกะหรอ",
 * "นายกเทศมนตรีตำบลท่าศาลา", "อธิบดีกรม...", "ผู้อำนวยการโรงเรียน...", "ผู้ว่าการ..."; null when the kind of
 * agency does not say (the approval block then leaves the title to fill in).
 */
export function headTitle(agency: AgencyDetails): string | null {
  const name = (agency.name ?? "").trim();
  if (!name) return null;
  const kind = agencyKind(agency);
  if (kind === "local") {
    if (/^เทศบาล/.test(name)) return `นายกเทศมนตรี${name.replace(/^เทศบาล/, "")}`;
    if (/^องค์การบริหารส่วน/.test(name)) return `นายก${name}`;
    if (/กรุงเทพมหานคร/.test(name)) return "ผู้ว่าราชการกรุงเทพมหานคร";
    if (/เมืองพัทยา/.test(name)) return "นายกเมืองพัทยา";
    return null;
  }
  if (kind === "department" && /^กรม/.test(name)) return `อธิบดี${name}`;
  if (kind === "school") return `ผู้อำนวยการ${name}`;
  if (kind === "stateEnterprise" && /^การ/.test(name)) return `ผู้ว่าการ${name}`;
  return null;
}

/** The head as a table cell names him or her briefly: "นายก อบต.", "นายกเทศมนตรี", "อธิบดี", ... */
export function headShort(agency: AgencyDetails): string {
  const name = (agency.name ?? "").trim();
  const kind = agencyKind(agency);
  if (kind === "local") {
    if (/^เทศบาล|เทศบาล/.test(`${agency.type ?? ""}${name}`)) return "นายกเทศมนตรี";
    if (/ส่วนตำบล|อบต\./.test(`${agency.type ?? ""}${name}`)) return "นายก อบต.";
    if (/ส่วนจังหวัด|อบจ\./.test(`${agency.type ?? ""}${name}`)) return "นายก อบจ.";
    return "ผู้บริหารท้องถิ่น";
  }
  if (kind === "department") return /^กรม/.test(name) ? "อธิบดี" : "หัวหน้าส่วนราชการ";
  if (kind === "school") return "ผู้อำนวยการโรงเรียน";
  if (kind === "stateEnterprise") return /^การ/.test(name) ? "ผู้ว่าการ" : "ผู้บริหารสูงสุด";
  return "หัวหน้าหน่วยงาน";
}
