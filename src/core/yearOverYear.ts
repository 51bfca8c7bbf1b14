/**
 * Two years compared (compareTwo): every figure's change, the level's, the sub-indicators', and the notes on
 * what cannot be compared and why.
 */
import type { FrameworkProfile, IndicatorId, LevelRule, Message } from "./types";
import { getProfile } from "./profiles";
import { levelFor } from "./level";
import { compareIds } from "./ranking";
import { message } from "./message";
import type {
  YearFigures,
  Change,
  SubIndicatorChange,
  Direction,
  LevelChange,
  YearOverYear,
} from "./compareTypes";
import { FIRST_PROFILE_YEAR, TOOL_KEYS, diff, scaleNames } from "./yearFigures";

function sameLevels(a: FrameworkProfile, b: FrameworkProfile): boolean {
  return a.scale === b.scale && JSON.stringify(a.levels) === JSON.stringify(b.levels);
}

function directionOf(profile: FrameworkProfile, prev: LevelRule, cur: LevelRule): Direction {
  const i = profile.levels.findIndex((l) => l.id === prev.id);
  const j = profile.levels.findIndex((l) => l.id === cur.id);
  return j < i ? "up" : j > i ? "down" : "same";
}

function levelLabel(rule: LevelRule | null, text: string | null): { th: string; en: string } {
  if (rule) return { th: rule.labelTh, en: rule.labelEn };
  return { th: text ?? "-", en: text ?? "-" };
}

function compareLevels(prev: YearFigures, cur: YearFigures, notes: Message[]): LevelChange {
  const out: LevelChange = {
    previous: prev.level,
    previousText: prev.levelText,
    previousScale: prev.scale,
    current: cur.level,
    currentScale: cur.scale,
    comparable: false,
    changed: null,
    direction: null,
    previousOnCurrentScale: null,
    directionOnCurrentScale: null,
  };
  const prevProfile = prev.scale ? getProfile(prev.fiscalYear) : null;
  const curProfile = cur.scale ? getProfile(cur.fiscalYear) : null;
  if (!prevProfile || !curProfile) return out; // the older-framework note covers it
  const same = sameLevels(prevProfile, curProfile);
  if (same) {
    if (prev.level && cur.level) {
      out.comparable = true;
      out.direction = directionOf(curProfile, prev.level, cur.level);
      out.changed = out.direction !== "same";
    } else if (prev.level === null && (prev.levelText !== null || prev.total !== null)) {
      notes.push(
        message(
          "level-previous-unknown",
          `ไม่ทราบระดับของปีงบประมาณ ${prev.fiscalYear} ในเกณฑ์ของปีนั้น จึงไม่ได้เปรียบเทียบระดับ`,
          `the level of FY${prev.fiscalYear} is not known on that year's scale, so the levels are not compared`
        )
      );
    }
    return out;
  }
  // Different scales: say so, and place last year's figures on this year's scale.
  if (prev.level === null && prev.levelText === null && prev.total === null) return out;
  if (prev.total !== null) {
    out.previousOnCurrentScale = levelFor(curProfile, prev.total, {
      iit: prev.iit,
      eit: prev.eit,
      oit: prev.oit,
    });
    if (out.previousOnCurrentScale && cur.level) {
      out.directionOnCurrentScale = directionOf(curProfile, out.previousOnCurrentScale, cur.level);
    }
  }
  const p = levelLabel(prev.level, prev.levelText);
  const c = cur.level ? levelLabel(cur.level, null) : { th: "ยังไม่ทราบระดับ", en: "level not known" };
  const ps = scaleNames(prev.scale);
  const cs = scaleNames(cur.scale);
  let th =
    `ระดับผลการประเมินปีงบประมาณ ${prev.fiscalYear} (${p.th}) ใช้${ps.th} ส่วนปีงบประมาณ ` +
    `${cur.fiscalYear} (${c.th}) ใช้${cs.th} จึงเปรียบเทียบระดับกันโดยตรงไม่ได้`;
  let en =
    `the level of FY${prev.fiscalYear} (${p.en}) is on ${ps.en} and that of FY${cur.fiscalYear} ` +
    `(${c.en}) on ${cs.en}: the two are not comparable`;
  if (out.previousOnCurrentScale) {
    th += ` หากใช้เกณฑ์ของปีงบประมาณ ${cur.fiscalYear} คะแนนของปีงบประมาณ ${prev.fiscalYear} จะอยู่ในระดับ${out.previousOnCurrentScale.labelTh} (ค่าที่คำนวณ ไม่ใช่ผลที่ประกาศ)`;
    en += `; on the FY${cur.fiscalYear} scale, the FY${prev.fiscalYear} scores would be "${out.previousOnCurrentScale.labelEn}" (computed, not published)`;
  }
  notes.push(message("level-scale-changed", th, en));
  return out;
}

function byChange(sign: 1 | -1): (a: Change, b: Change) => number {
  return (a, b) => sign * (b.change - a.change) || compareIds(a.id, b.id);
}

function idList(ids: string[]): string {
  return ids.join(", ");
}

/**
 * The sub-indicators both years scored: changed ones compared, renamed ones (another name and content in
 * the later profile) listed without a change and said in a note.
 */
function compareSubIndicators(
  cur: YearFigures,
  prev: YearFigures,
  notes: Message[]
): SubIndicatorChange[] {
  const curProfile = getProfile(cur.fiscalYear);
  const prevProfile = getProfile(prev.fiscalYear);
  const subIndicators: SubIndicatorChange[] = [];
  const renamed: IndicatorId[] = [];
  for (const d of curProfile.subIndicators) {
    const c = cur.scores[d.id];
    const p = prev.scores[d.id];
    const prevDef = prevProfile.subIndicators.find((x) => x.id === d.id);
    if (c === undefined || p === undefined || !prevDef) continue;
    const comparable = prevDef.nameTh === d.nameTh;
    if (!comparable) renamed.push(d.id);
    subIndicators.push({
      id: d.id,
      previous: p,
      current: c,
      change: comparable ? diff(c, p) : null,
      comparable,
      previousNameTh: prevDef.nameTh,
      currentNameTh: d.nameTh,
    });
  }
  if (renamed.length > 0) {
    const pairs = renamed.map((id) => {
      const s = subIndicators.find((x) => x.id === id) as SubIndicatorChange;
      return `${id} "${s.previousNameTh}" → "${s.currentNameTh}"`;
    });
    notes.push(
      message(
        "sub-renamed",
        `ตัวชี้วัดย่อย ${idList(renamed)} ของปีงบประมาณ ${cur.fiscalYear} เปลี่ยนชื่อและประเด็นจากปีงบประมาณ ${prev.fiscalYear} (${pairs.join("; ")}) จึงไม่นำมาเปรียบเทียบ เปรียบเทียบเฉพาะตัวชี้วัดหลัก`,
        `sub-indicator${renamed.length > 1 ? "s" : ""} ${idList(renamed)} of FY${cur.fiscalYear} changed name and content since FY${prev.fiscalYear} (${pairs.join("; ")}), so ${renamed.length > 1 ? "they are" : "it is"} not compared; the main indicators are`
      )
    );
  }
  return subIndicators;
}

/** This year against one earlier year: changes, what rose and fell most, the level, what is not comparable. */
export function compareTwo(cur: YearFigures, prev: YearFigures): YearOverYear {
  const notes: Message[] = [];
  const isDerived = (y: YearFigures, id: string): boolean => y.derived.includes(id);
  const change = (id: string, c: number, p: number, indicator: boolean): Change => ({
    id,
    previous: p,
    current: c,
    change: diff(c, p),
    derived: indicator && (isDerived(cur, id) || isDerived(prev, id)),
  });

  const total =
    cur.total !== null && prev.total !== null
      ? change("total", cur.total, prev.total, false)
      : null;
  if (total === null) {
    const lacking = cur.total === null ? cur.fiscalYear : prev.fiscalYear;
    notes.push(
      message(
        "total-missing",
        `ไม่มีคะแนนรวมของปีงบประมาณ ${lacking} จึงไม่ได้คำนวณการเปลี่ยนแปลงของคะแนนรวม`,
        `FY${lacking} has no total, so the change in total is not computed`
      )
    );
  }

  const tools: Change[] = [];
  const indicators: Change[] = [];
  const subIndicators: SubIndicatorChange[] = [];
  let missingPrevious: IndicatorId[] = [];
  let missingCurrent: IndicatorId[] = [];

  if (prev.scale === null || cur.scale === null) {
    const older = prev.scale === null ? prev.fiscalYear : cur.fiscalYear;
    notes.push(
      message(
        "older-framework",
        `ปีงบประมาณ ${older} ใช้กรอบการประเมินเดิม (ก่อนปีงบประมาณ ${FIRST_PROFILE_YEAR} ซึ่งไม่ได้ใช้ตัวชี้วัด 10 ตัวชุดปัจจุบัน) จึงเปรียบเทียบได้เพียงคะแนนรวม ไม่เปรียบเทียบรายเครื่องมือ รายตัวชี้วัด และระดับ`,
        `FY${older} used the earlier framework (before FY${FIRST_PROFILE_YEAR}, not the present ten indicators), so only the total is compared, not the tools, the indicators or the level`
      )
    );
  } else {
    const curProfile = getProfile(cur.fiscalYear);
    const prevProfile = getProfile(prev.fiscalYear);
    for (const t of TOOL_KEYS) {
      const c = cur[t.key];
      const p = prev[t.key];
      if (c !== null && p !== null) tools.push(change(t.id, c, p, false));
    }
    for (const d of curProfile.indicators) {
      const c = cur.scores[d.id];
      const p = prev.scores[d.id];
      const prevDef = prevProfile.indicators.find((x) => x.id === d.id);
      if (c !== undefined && p !== undefined && prevDef?.nameTh === d.nameTh) {
        indicators.push(change(d.id, c, p, true));
      } else if (c !== undefined && p === undefined) missingPrevious.push(d.id);
      else if (c === undefined && p !== undefined) missingCurrent.push(d.id);
    }
    subIndicators.push(...compareSubIndicators(cur, prev, notes));
    const prevHasAny = curProfile.indicators.some((d) => prev.scores[d.id] !== undefined);
    if (!prevHasAny) {
      notes.push(
        message(
          "previous-no-indicators",
          `ไม่มีคะแนนรายตัวชี้วัดของปีงบประมาณ ${prev.fiscalYear} จึงเปรียบเทียบเฉพาะคะแนนรวม คะแนนรายเครื่องมือ และระดับที่มี`,
          `FY${prev.fiscalYear} has no indicator scores, so only the total, tool scores and level given are compared`
        )
      );
      missingPrevious = [];
    } else if (missingPrevious.length > 0) {
      notes.push(
        message(
          "previous-indicators-missing",
          `ปีงบประมาณ ${prev.fiscalYear} ไม่มีคะแนนตัวชี้วัดที่ ${idList(missingPrevious)} จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว`,
          `FY${prev.fiscalYear} has no score for indicator${missingPrevious.length > 1 ? "s" : ""} ${idList(missingPrevious)}, so ${missingPrevious.length > 1 ? "they are" : "it is"} not compared`
        )
      );
    }
    if (missingCurrent.length > 0) {
      notes.push(
        message(
          "current-indicators-missing",
          `ปีงบประมาณ ${cur.fiscalYear} ไม่มีคะแนนตัวชี้วัดที่ ${idList(missingCurrent)} จึงไม่ได้เปรียบเทียบตัวชี้วัดดังกล่าว`,
          `FY${cur.fiscalYear} has no score for indicator${missingCurrent.length > 1 ? "s" : ""} ${idList(missingCurrent)}, so ${missingCurrent.length > 1 ? "they are" : "it is"} not compared`
        )
      );
    }
    const derivedIds = indicators.filter((x) => x.derived).map((x) => x.id);
    if (derivedIds.length > 0) {
      notes.push(
        message(
          "compared-derived",
          `คะแนนตัวชี้วัดที่ ${idList(derivedIds)} ที่ใช้เปรียบเทียบเป็นค่าที่คำนวณ ไม่ใช่ค่าที่ประกาศ`,
          `indicator${derivedIds.length > 1 ? "s" : ""} ${idList(derivedIds)} ${derivedIds.length > 1 ? "are" : "is"} compared with computed, not published, scores`
        )
      );
    }
  }

  const rose = indicators.filter((x) => x.change > 0).sort(byChange(1));
  const fell = indicators.filter((x) => x.change < 0).sort(byChange(-1));
  const roseMost = rose.filter((x) => x.change === rose[0]?.change).map((x) => x.id);
  const fellMost = fell.filter((x) => x.change === fell[0]?.change).map((x) => x.id);
  const unchanged = indicators.filter((x) => x.change === 0).map((x) => x.id);
  const level = compareLevels(prev, cur, notes);

  return {
    currentYear: cur.fiscalYear,
    previousYear: prev.fiscalYear,
    total,
    tools,
    indicators,
    subIndicators,
    rose,
    fell,
    roseMost,
    fellMost,
    unchanged,
    level,
    missingPrevious,
    missingCurrent,
    notes,
  };
}
