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
  if (province) parts.push(/^จังหวัด/.test(province) || bangkok ? province : `จังหวัด${province}`);
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
  return [isLocalGovernment(agency) ? "สำนักปลัด" : "หน่วยงานที่รับผิดชอบ"];
}
