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

/**
 * The อบจ. a รพ.สต. was transferred to (from FY2566 many were, ../shared/ita-framework.md), or null. The
 * mark is the agency's type: it names the อบจ. ("โรงพยาบาลส่งเสริมสุขภาพตำบล สังกัดองค์การบริหารส่วนจังหวัด
 * ขอนแก่น", "รพ.สต. สังกัด อบจ.ขอนแก่น") or says ถ่ายโอน. The อบจ.'s name is taken from the type when it
 * gives one, else from the province (each province has one อบจ.): "องค์การบริหารส่วนจังหวัดขอนแก่น".
 */
export function transferredTo(agency: AgencyDetails): string | null {
  if (agencyKind(agency) !== "healthCentre") return null;
  const type = (agency.type ?? "").trim();
  if (!/องค์การบริหารส่วนจังหวัด|อบจ\.|ถ่ายโอน/.test(type)) return null;
  const named = /(?:องค์การบริหารส่วนจังหวัด|อบจ\.)\s*([^\s(),]+)/.exec(type);
  const place = named?.[1] ?? (agency.province ?? "").trim().replace(/^จังหวัด/, "");
  return `องค์การบริหารส่วนจังหวัด${place}`;
}

/**
 * Name with district and province: "องค์การบริหารส่วนตำบลกะหรอ อำเภอนบพิตำ จังหวัดนครศรีธรรมราช"; a รพ.สต.
 * transferred to an อบจ. names it instead of the province: "โรงพยาบาลส่งเสริมสุขภาพตำบลบ้านโนนสะอาด
 * อำเภอชุมแพ สังกัดองค์การบริหารส่วนจังหวัดขอนแก่น".
 */
export function agencyFullName(agency: AgencyDetails): string {
  const parent = transferredTo(agency);
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
  if (parent) parts.push(`สังกัด${parent}`);
  else if (province && !parts[0].includes(bare))
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

/**
 * The kind of agency, which decides the usual names of its units, of its head and of the people it
 * serves (../shared/ita-framework.md, "Agency types and their own words"). "other" is the neutral
 * fallback: หน่วยงาน, ผู้รับบริการ, ผู้บริหาร.
 */
export type AgencyKind =
  | "local"
  | "department"
  | "school"
  | "university"
  | "healthOffice"
  | "hospital"
  | "healthCentre"
  | "stateEnterprise"
  | "other";

export function agencyKind(agency: AgencyDetails): AgencyKind {
  const name = (agency.name ?? "").trim();
  const text = `${agency.type ?? ""} ${name}`;
  // The agency's own name first: a รพ.สต. transferred to an อบจ. is still a health centre.
  if (/โรงพยาบาลส่งเสริมสุขภาพตำบล|รพ\.สต\./.test(text)) return "healthCentre";
  if (/สำนักงานสาธารณสุข(จังหวัด|อำเภอ)|สสจ\.|สสอ\./.test(text)) return "healthOffice";
  if (/^โรงพยาบาล|(^|\s)โรงพยาบาล/.test(text)) return "hospital";
  if (/มหาวิทยาลัย|สถาบันอุดมศึกษา/.test(text)) return "university";
  if (/โรงเรียน|วิทยาลัย|สถานศึกษา/.test(text)) return "school";
  if (isLocalGovernment(agency)) return "local";
  if (
    /รัฐวิสาหกิจ|^\s*การ(ไฟฟ้า|ประปา|ท่าเรือ|รถไฟ|ทางพิเศษ|เคหะ|ยาสูบ|กีฬา|ท่องเที่ยว)|องค์การ(เภสัชกรรม|ตลาด|สวน|คลังสินค้า)|ธนาคาร|บริษัท/.test(
      text
    )
  )
    return "stateEnterprise";
  if (/(^|\s)กรม|กระทรวง|ส่วนราชการ|สำนักงาน|ศาล|สถาบัน/.test(text)) return "department";
  return "other";
}

/**
 * What a measure is about, which decides the unit responsible for it: budget planning and spending
 * (budget), procurement, government property, money and accounts (finance), and so on.
 */
export type Topic =
  | "admin"
  | "finance"
  | "budget"
  | "procurement"
  | "property"
  | "hr"
  | "web"
  | "service"
  | "integrity"
  | "audit";

const UNITS: Record<AgencyKind, Record<Topic, string>> = {
  local: {
    admin: "สำนักปลัด",
    finance: "กองคลัง",
    budget: "สำนักปลัด (งานนโยบายและแผน)",
    procurement: "กองคลัง (งานพัสดุ)",
    property: "กองคลัง (งานพัสดุและทรัพย์สิน)",
    hr: "สำนักปลัด (งานการเจ้าหน้าที่)",
    web: "สำนักปลัด (ผู้ดูแลเว็บไซต์)",
    service: "ทุกสำนักและกองที่ให้บริการประชาชน",
    integrity: "สำนักปลัด",
    audit: "หน่วยตรวจสอบภายใน",
  },
  department: {
    admin: "สำนักงานเลขานุการกรม",
    finance: "กองคลัง",
    budget: "กองแผนงาน",
    procurement: "กองคลัง (งานพัสดุ)",
    property: "กองคลัง (งานพัสดุ)",
    hr: "กองการเจ้าหน้าที่",
    web: "ศูนย์เทคโนโลยีสารสนเทศและการสื่อสาร",
    service: "ทุกหน่วยงานที่ให้บริการ",
    integrity: "ศูนย์ปฏิบัติการต่อต้านการทุจริต",
    audit: "กลุ่มตรวจสอบภายใน",
  },
  school: {
    admin: "กลุ่มบริหารทั่วไป",
    finance: "กลุ่มบริหารงบประมาณ",
    budget: "กลุ่มบริหารงบประมาณ",
    procurement: "กลุ่มบริหารงบประมาณ (งานพัสดุ)",
    property: "กลุ่มบริหารงบประมาณ (งานพัสดุและสินทรัพย์)",
    hr: "กลุ่มบริหารงานบุคคล",
    web: "กลุ่มบริหารทั่วไป (งานประชาสัมพันธ์)",
    service: "กลุ่มบริหารวิชาการและกลุ่มบริหารทั่วไป",
    integrity: "กลุ่มบริหารทั่วไป",
    audit: "กลุ่มบริหารงบประมาณ (งานควบคุมภายใน)",
  },
  university: {
    admin: "สำนักงานอธิการบดี",
    finance: "กองคลัง",
    budget: "กองนโยบายและแผน",
    procurement: "กองคลัง (งานพัสดุ)",
    property: "กองคลัง (งานพัสดุ)",
    hr: "กองบริหารทรัพยากรบุคคล",
    web: "สำนักดิจิทัลและเทคโนโลยีสารสนเทศ",
    service: "ทุกคณะและหน่วยงานที่ให้บริการนักศึกษา",
    integrity: "สำนักงานอธิการบดี (งานนิติการ)",
    audit: "หน่วยตรวจสอบภายใน",
  },
  healthOffice: {
    admin: "กลุ่มงานบริหารทั่วไป",
    finance: "กลุ่มงานบริหารทั่วไป (งานการเงินและบัญชี)",
    budget: "กลุ่มงานพัฒนายุทธศาสตร์สาธารณสุข",
    procurement: "กลุ่มงานบริหารทั่วไป (งานพัสดุ)",
    property: "กลุ่มงานบริหารทั่วไป (งานพัสดุ)",
    hr: "กลุ่มงานบริหารทรัพยากรบุคคล",
    web: "กลุ่มงานสุขภาพดิจิทัล",
    service: "ทุกกลุ่มงานที่ให้บริการประชาชนและหน่วยบริการ",
    integrity: "กลุ่มงานกฎหมาย",
    audit: "กลุ่มงานบริหารทั่วไป (งานตรวจสอบภายใน)",
  },
  hospital: {
    admin: "กลุ่มงานบริหารทั่วไป",
    finance: "กลุ่มงานบริหารทั่วไป (งานการเงินและบัญชี)",
    budget: "กลุ่มงานยุทธศาสตร์และแผนงานโครงการ",
    procurement: "กลุ่มงานบริหารทั่วไป (งานพัสดุ)",
    property: "กลุ่มงานบริหารทั่วไป (งานพัสดุ)",
    hr: "กลุ่มงานทรัพยากรบุคคล",
    web: "กลุ่มงานสุขภาพดิจิทัล",
    service: "ทุกกลุ่มงานที่ให้บริการผู้ป่วย",
    integrity: "กลุ่มงานบริหารทั่วไป",
    audit: "คณะกรรมการตรวจสอบภายในของโรงพยาบาล",
  },
  healthCentre: {
    admin: "งานบริหารทั่วไป",
    finance: "งานการเงินและพัสดุ",
    budget: "งานการเงินและพัสดุ",
    procurement: "งานการเงินและพัสดุ",
    property: "งานการเงินและพัสดุ",
    hr: "งานบริหารทั่วไป",
    web: "ผู้ดูแลเว็บไซต์และสื่อออนไลน์",
    service: "เจ้าหน้าที่ผู้ให้บริการทุกคน",
    integrity: "งานบริหารทั่วไป",
    audit: "ผู้อำนวยการโรงพยาบาลส่งเสริมสุขภาพตำบล",
  },
  stateEnterprise: {
    admin: "ฝ่ายบริหารทั่วไป",
    finance: "ฝ่ายบัญชีและการเงิน",
    budget: "ฝ่ายนโยบายและแผน",
    procurement: "ฝ่ายจัดหาและพัสดุ",
    property: "ฝ่ายจัดหาและพัสดุ",
    hr: "ฝ่ายทรัพยากรบุคคล",
    web: "ฝ่ายเทคโนโลยีสารสนเทศ",
    service: "ทุกฝ่ายที่ให้บริการลูกค้าและผู้ใช้บริการ",
    integrity: "ฝ่ายกำกับการปฏิบัติงานและธรรมาภิบาล",
    audit: "สำนักตรวจสอบภายใน",
  },
  other: {
    admin: "งานบริหารทั่วไป",
    finance: "งานการเงินและพัสดุ",
    budget: "งานการเงินและพัสดุ",
    procurement: "งานการเงินและพัสดุ",
    property: "งานการเงินและพัสดุ",
    hr: "งานบริหารบุคคล",
    web: "ผู้ดูแลเว็บไซต์ของหน่วยงาน",
    service: "ทุกงานที่ให้บริการ",
    integrity: "งานบริหารทั่วไป",
    audit: "ผู้ตรวจสอบภายใน",
  },
};

/** The units of a transferred รพ.สต. that are its อบจ.'s ({parent}: "อบจ.ขอนแก่น"). */
const PARENT_UNITS = {
  hr: "งานบริหารทั่วไป (ร่วมกับกองการเจ้าหน้าที่ อบจ.)",
  audit: "หน่วยตรวจสอบภายใน {parent}",
} as const;

/**
 * Which words in a unit's name show the topics it serves, to match the agency's own list of units, in
 * order of preference: property goes to a unit of พัสดุ/ทรัพย์สิน before the treasury, budget planning to
 * a unit of ยุทธศาสตร์/งบประมาณ/แผน before it.
 */
const TOPIC_WORDS: Record<Topic, RegExp[]> = {
  admin: [/ปลัด|เลขานุการ|บริหารทั่วไป|อำนวยการ|อธิการบดี/],
  finance: [/คลัง|การเงิน|บัญชี/, /งบประมาณ|พัสดุ/],
  budget: [/ยุทธศาสตร์|งบประมาณ|แผน/, /คลัง|การเงิน|บัญชี/],
  procurement: [/พัสดุ|จัดซื้อ|จัดหา/, /คลัง|การเงิน|บัญชี/],
  property: [/พัสดุ|ทรัพย์สิน|สินทรัพย์/, /คลัง|การเงิน|บัญชี/],
  hr: [/บุคคล|การเจ้าหน้าที่|ทรัพยากรบุคคล/],
  web: [/สารสนเทศ|เทคโนโลยี|ประชาสัมพันธ์|ดิจิทัล|เว็บไซต์/],
  service: [],
  integrity: [/ทุจริต|ธรรมาภิบาล|คุณธรรม|จริยธรรม|กฎหมาย|นิติการ/],
  audit: [/ตรวจสอบภายใน/],
};

/** The agency's own units (responsible first, then the writing unit), trimmed, without repeats. */
function ownUnits(agency: AgencyDetails): string[] {
  const all = [...(agency.responsible ?? []), agency.unit ?? ""]
    .map((s) => s.trim())
    .filter(Boolean);
  return [...new Set(all)];
}

/**
 * One name per unit: a unit the agency names twice, once short and once with the agency's type
 * ("สำนักปลัด" and "สำนักปลัดองค์การบริหารส่วนจังหวัด"), is written the shortest way everywhere; a
 * qualifier in brackets ("สำนักปลัด (งานการเจ้าหน้าที่)") keeps the unit's short name before it.
 */
export function canonicalUnit(agency: AgencyDetails, unit: string): string {
  const own = ownUnits(agency);
  const m = /^(.*?)(\s*\(.*\))?$/.exec(unit.trim());
  const base = (m?.[1] ?? unit).trim();
  const tail = m?.[2] ?? "";
  const same = own.filter((u) => u === base || u.startsWith(base) || base.startsWith(u));
  const short = same.sort((a, b) => a.length - b.length)[0] ?? base;
  return short + tail;
}

/**
 * The unit responsible for a topic: one of the agency's own units (agency.responsible, agency.unit) whose
 * name shows the topic, else the usual unit of an agency of its kind; the agency's writing unit stands in
 * for the administrative topics when it is given. Always one name per unit (canonicalUnit).
 */
export function unitFor(agency: AgencyDetails, topic: Topic): string {
  return canonicalUnit(agency, rawUnitFor(agency, topic));
}

function rawUnitFor(agency: AgencyDetails, topic: Topic): string {
  const own = ownUnits(agency);
  for (const words of TOPIC_WORDS[topic]) {
    const hit = own.find((u) => words.test(u));
    if (hit) return hit;
  }
  const kind = agencyKind(agency);
  // A transferred รพ.สต.: its staff are the อบจ.'s, and its internal audit is the อบจ.'s; its own งาน
  // keep the rest.
  const parent = transferredTo(agency);
  if (parent && (topic === "hr" || topic === "audit"))
    return PARENT_UNITS[topic].replace("{parent}", agencyShortName({ name: parent }));
  if ((topic === "admin" || topic === "integrity") && agency.unit?.trim())
    return agency.unit.trim();
  if (kind === "local" && (topic === "hr" || topic === "web" || topic === "budget")) {
    // A local government's writing unit (สำนักปลัด) also runs its website, personnel and planning.
    const admin = own.find((u) => TOPIC_WORDS.admin[0].test(u));
    if (admin) return UNITS.local[topic].replace("สำนักปลัด", admin);
  }
  if (kind === "local" && (topic === "procurement" || topic === "property")) {
    const treasury = own.find((u) => /คลัง/.test(u));
    if (treasury) return UNITS.local[topic].replace("กองคลัง", treasury);
  }
  return UNITS[kind][topic];
}

/**
 * The head of the agency, who approves the measures: "นายกองค์การบริหารส่วนตำบลกะหรอ",
 * "นายกเทศมนตรีตำบลท่าศาลา", "อธิบดีกรม...", "ผู้อำนวยการโรงเรียน...", "นายแพทย์สาธารณสุขจังหวัด...",
 * "ผู้อำนวยการโรงพยาบาล...", "อธิการบดีมหาวิทยาลัย...", "ผู้ว่าการ..."; null when the kind of agency does
 * not say (the approval block then leaves the title to fill in).
 */
export function headTitle(agency: AgencyDetails): string | null {
  const name = (agency.name ?? "").trim();
  if (!name) return null;
  const kind = agencyKind(agency);
  switch (kind) {
    case "local":
      if (/^เทศบาล/.test(name)) return `นายกเทศมนตรี${name.replace(/^เทศบาล/, "")}`;
      if (/^องค์การบริหารส่วน/.test(name)) return `นายก${name}`;
      if (/กรุงเทพมหานคร/.test(name)) return "ผู้ว่าราชการกรุงเทพมหานคร";
      if (/เมืองพัทยา/.test(name)) return "นายกเมืองพัทยา";
      return null;
    case "department":
      return /^กรม/.test(name) ? `อธิบดี${name}` : null;
    case "school":
      return /^(โรงเรียน|วิทยาลัย)/.test(name) ? `ผู้อำนวยการ${name}` : null;
    case "university":
      return /^มหาวิทยาลัย/.test(name) ? `อธิการบดี${name}` : null;
    case "healthOffice": {
      const p = /^สำนักงานสาธารณสุขจังหวัด(.+)$/.exec(name);
      if (p) return `นายแพทย์สาธารณสุขจังหวัด${p[1]}`;
      const d = /^สำนักงานสาธารณสุขอำเภอ(.+)$/.exec(name);
      return d ? `สาธารณสุขอำเภอ${d[1]}` : null;
    }
    case "hospital":
    case "healthCentre":
      return /^โรงพยาบาล/.test(name) ? `ผู้อำนวยการ${name}` : null;
    case "stateEnterprise":
      return /^การ/.test(name) ? `ผู้ว่าการ${name}` : null;
    default:
      return null;
  }
}

/** The head as a table cell names him or her briefly: "นายก อบต.", "นายกเทศมนตรี", "อธิบดี", ... */
export function headShort(agency: AgencyDetails): string {
  const name = (agency.name ?? "").trim();
  const typed = `${agency.type ?? ""}${name}`;
  switch (agencyKind(agency)) {
    case "local":
      if (/เทศบาล/.test(typed)) return "นายกเทศมนตรี";
      if (/ส่วนตำบล|อบต\./.test(typed)) return "นายก อบต.";
      if (/ส่วนจังหวัด|อบจ\./.test(typed)) return "นายก อบจ.";
      return "ผู้บริหารท้องถิ่น";
    case "department":
      return /^กรม/.test(name) ? "อธิบดี" : "หัวหน้าส่วนราชการ";
    case "school":
      return /^วิทยาลัย/.test(name) ? "ผู้อำนวยการวิทยาลัย" : "ผู้อำนวยการโรงเรียน";
    case "university":
      return "อธิการบดี";
    case "healthOffice":
      return /สาธารณสุขอำเภอ/.test(name) ? "สาธารณสุขอำเภอ" : "นายแพทย์สาธารณสุขจังหวัด";
    case "hospital":
      return "ผู้อำนวยการโรงพยาบาล";
    case "healthCentre":
      return "ผู้อำนวยการ รพ.สต.";
    case "stateEnterprise":
      return /^การ/.test(name) ? "ผู้ว่าการ" : "ผู้บริหารสูงสุด";
    default:
      return "หัวหน้าหน่วยงาน";
  }
}
