import { assessRaw } from "../../src/core/assess";
import {
  cellAddress,
  columnLetters,
  findInputInGrid,
  isoDateFromCell,
  parseCellAddress,
} from "../../src/core/grid";
import { parseInput } from "../../src/core/parse";
import { parseThreshold } from "../../src/core/score";
import { getProfile } from "../../src/core/profiles";
import { TEMPLATE, templateGrid, templateRowOf } from "../../src/core/template";
import { SEED_INDICATORS } from "../fixtures/seed";

const SEED_SCORES: Record<string, number> = { ...SEED_INDICATORS };

describe("cell addresses", () => {
  test("columns and quoting", () => {
    expect(columnLetters(0)).toBe("A");
    expect(columnLetters(25)).toBe("Z");
    expect(columnLetters(26)).toBe("AA");
    expect(columnLetters(701)).toBe("ZZ");
    expect(columnLetters(702)).toBe("AAA");
    expect(cellAddress("Sheet1", 4, 1)).toBe("Sheet1!B5");
    expect(cellAddress("ข้อมูล ITA", 15, 2)).toBe("'ข้อมูล ITA'!C16");
    expect(cellAddress("คะแนน", 0, 0)).toBe("คะแนน!A1");
    expect(cellAddress("O'Brien", 0, 0)).toBe("'O''Brien'!A1");
    expect(cellAddress("AB12", 0, 0)).toBe("'AB12'!A1");
  });

  test("parseCellAddress inverts cellAddress", () => {
    for (const [s, r, c] of [
      ["Sheet1", 4, 1],
      ["ข้อมูล ITA", 15, 2],
      ["O'Brien", 99, 27],
    ] as const) {
      expect(parseCellAddress(cellAddress(s, r, c))).toEqual({ sheet: s, row: r, col: c });
    }
    expect(parseCellAddress("$C$3")).toEqual({ row: 2, col: 2 });
    expect(parseCellAddress("not a cell")).toBeNull();
  });
});

describe("template layout", () => {
  const profile = getProfile(2562);

  function filledTemplate(): unknown[][] {
    const g: unknown[][] = templateGrid(profile, {
      agency: {
        name: "องค์การบริหารส่วนตำบลกะหรอ",
        province: "นครศรีธรรมราช",
        responsible: ["สำนักปลัด", "กองคลัง"],
      },
      fiscalYear: 2562,
      scores: SEED_SCORES,
    });
    g[TEMPLATE.typed.firstRow + 2][TEMPLATE.typed.valueCol] = "74.80"; // OIT as text
    g[TEMPLATE.fields.find((f) => f.key === "date")!.row][2] = 43876; // Excel serial of 2020-02-15
    g[TEMPLATE.fields.find((f) => f.key === "threshold")!.row][2] = 85;
    return g;
  }

  test("templateGrid puts labels, names of the year and values where TEMPLATE says", () => {
    const g = templateGrid(getProfile(2567));
    expect(g[0][0]).toBe(TEMPLATE.title.textTh);
    expect(g[templateRowOf("10.2")][TEMPLATE.table.nameCol]).toBe(
      "มาตรการส่งเสริมคุณธรรมและความโปร่งใส"
    );
    expect(g[templateRowOf("1")][TEMPLATE.table.idCol]).toBe("1");
    expect(g[TEMPLATE.fields.find((f) => f.key === "fiscalYear")!.row][2]).toBe(2567);
    expect(templateRowOf("11")).toBe(-1);
  });

  test("reads back the seed from the template at A1, empty 9 and 10 left out", () => {
    const f = findInputInGrid(filledTemplate(), "ข้อมูล ITA");
    expect(f?.layout).toBe("template");
    expect(f?.agency).toEqual({
      name: "องค์การบริหารส่วนตำบลกะหรอ",
      province: "นครศรีธรรมราช",
      responsible: ["สำนักปลัด", "กองคลัง"],
      date: "2020-02-15",
    });
    expect(f?.raw.indicators.map((e) => e.id)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "6",
      "7",
      "8",
      "10.1",
      "10.2",
    ]);
    expect(f?.raw.indicators[0].cell).toBe("'ข้อมูล ITA'!C16");
    expect(f?.raw.oit?.cell).toBe("'ข้อมูล ITA'!C32");
    expect(parseThreshold(f?.threshold?.value, f?.threshold?.cell).value).toBe(85);
    const a = assessRaw(f!.raw).assessment!;
    expect(a.total).toBe(76.05);
    expect(a.scores["9"]).toBe(55.85);
  });

  test("honours the origin offset and a template not at A1", () => {
    // the used range starts at B3: the grid's [0][0] is sheet cell B3
    const f = findInputInGrid(filledTemplate(), "S", { row: 2, col: 1 });
    expect(f?.raw.indicators[0].cell).toBe("S!D18");
    // the template pasted two rows down and one column right, grid from A1
    const shifted: unknown[][] = [[], [], ...filledTemplate().map((r) => [null, ...r])];
    const g = findInputInGrid(shifted, "S");
    expect(g?.layout).toBe("template");
    expect(g?.raw.indicators[0].cell).toBe("S!D18");
    expect(g?.raw.indicators[0].value).toBe(94.15);
  });

  test("an empty score among given ones of the same tool is passed on to the parser", () => {
    const g = filledTemplate();
    g[templateRowOf("3")][TEMPLATE.table.scoreCol] = "";
    const f = findInputInGrid(g, "Sheet1")!;
    const p = parseInput(f.raw);
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([["empty", "Sheet1!C18"]]);
  });
});

describe("long layout", () => {
  test.each([
    ["ผลคะแนน ITA ปี 2562", 2562],
    ["ผลคะแนน ITA ปี ๒๕๖๖", 2566],
    ["ITA FY2567", 2567],
    ["ประจำปีงบประมาณ พ.ศ. 2565", 2565],
  ])("the fiscal year in a title: %s", (title, year) => {
    const grid: unknown[][] = [
      [title],
      ["1", "การปฏิบัติหน้าที่", 94.15],
      ["2", "การใช้งบประมาณ", 85.43],
      ["3", "การใช้อำนาจ", 87.52],
    ];
    expect(findInputInGrid(grid, "S")!.raw.fiscalYear).toEqual({ value: year, cell: "S!A1" });
  });

  test("tool rows with a description between the label and the value", () => {
    const grid: unknown[][] = [
      ["ตัวชี้วัด", "ชื่อ", "คะแนน"],
      ["1", "การปฏิบัติหน้าที่", 94.15],
      ["2", "การใช้งบประมาณ", 85.43],
      ["3", "การใช้อำนาจ", 87.52],
      ["IIT", "แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน", 87.46],
      ["OIT", "แบบตรวจการเปิดเผยข้อมูลสาธารณะ", "74.80"],
      ["ระดับ", "ระดับผลการประเมินของหน่วยงาน", "B"],
    ];
    const f = findInputInGrid(grid, "S")!;
    expect(f.raw.iit).toEqual({ value: 87.46, cell: "S!C5" });
    expect(f.raw.oit).toEqual({ value: "74.80", cell: "S!C6" });
    expect(f.raw.level).toEqual({ value: "B", cell: "S!C7" });
  });

  test("numbers and names, Thai digits, names in variants, tool rows, the year in a title", () => {
    const grid: unknown[][] = [
      ["ผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. ๒๕๖๒"],
      [],
      ["ตัวชี้วัด", "ชื่อ", "คะแนน"],
      ["1", "การปฏิบัติหน้าที่", 94.15],
      [2, "การใช้งบประมาณ", "85.43"],
      ["ตัวชี้วัดที่ ๓", "การใช้อำนาจ", "๘๗.๕๒"],
      ["ตัวชี้วัดที่ 4 การใช้ทรัพย์สินของทางราชการ", null, "82.58 %"],
      [null, "การแก้ไขปัญหาการทุจริต", 87.64],
      ["6", "คุณภาพการดำเนินงาน", 67.05],
      ["7", "ประสิทธิภาพการสื่อสาร", "70..46"],
      ["8", "การปรับปรุงการทำงาน", 61.37],
      ["9", "การเปิดเผยข้อมูล", null],
      ["10.1", "การดำเนินการเพื่อป้องกันการทุจริต", 87.5],
      ["10.2", "มาตรการภายในเพื่อป้องกันการทุจริต", 100],
      [],
      ["OIT", "", 74.8],
      ["คะแนนรวม", 76.05],
      ["ระดับ", "B"],
    ];
    const f = findInputInGrid(grid, "คะแนน", { row: 4, col: 0 })!;
    expect(f.layout).toBe("long");
    expect(f.raw.fiscalYear).toEqual({ value: 2562, cell: "คะแนน!A5" });
    expect(f.raw.indicators.map((e) => `${e.id}@${e.cell}`)).toEqual([
      "1@คะแนน!C8",
      "2@คะแนน!C9",
      "3@คะแนน!C10",
      "4@คะแนน!C11",
      "5@คะแนน!C12",
      "6@คะแนน!C13",
      "7@คะแนน!C14",
      "8@คะแนน!C15",
      "10.1@คะแนน!C17",
      "10.2@คะแนน!C18",
    ]);
    expect(f.raw.total).toEqual({ value: 76.05, cell: "คะแนน!B21" });
    expect(f.raw.level).toEqual({ value: "B", cell: "คะแนน!B22" });
    const r = assessRaw(f.raw);
    expect(r.problems).toEqual([]);
    expect(r.assessment?.total).toBe(76.05);
    expect(r.assessment?.level?.id).toBe("B");
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["double-dot", "derived-9"])
    );
  });

  test("a ranked table with a sequence column: the named indicator wins over the sequence number", () => {
    const grid: unknown[][] = [
      ["ลำดับ", "ตัวชี้วัด", "คะแนน"],
      [1, "ตัวชี้วัดที่ 10 การป้องกันการทุจริต", 93.75],
      [2, "ตัวชี้วัดที่ 1 การปฏิบัติหน้าที่", 94.15],
      [3, "การใช้อำนาจ", 87.52],
    ];
    const f = findInputInGrid(grid, "Sheet1")!;
    expect(f.raw.indicators.map((e) => [e.id, e.value])).toEqual([
      ["10", 93.75],
      ["1", 94.15],
      ["3", 87.52],
    ]);
  });

  test("a non-numeric score is passed on so the parser names it", () => {
    const grid: unknown[][] = [
      ["ปีงบประมาณ", 2566],
      ["1", "การปฏิบัติหน้าที่", "#N/A"],
      ["2", "การใช้งบประมาณ", "ไม่มีข้อมูล"],
      ["3", "การใช้อำนาจ", 90],
    ];
    const f = findInputInGrid(grid, "Sheet1")!;
    expect(f.raw.fiscalYear).toEqual({ value: 2566, cell: "Sheet1!B1" });
    const p = parseInput(f.raw);
    expect(p.problems.map((x) => [x.code, x.cell])).toEqual([
      ["excel-error", "Sheet1!C2"],
      ["not-number", "Sheet1!C3"],
    ]);
  });

  test("only tool scores typed", () => {
    const grid: unknown[][] = [
      ["IIT", 87.46],
      ["EIT", 66.29],
      ["OIT", 74.8],
    ];
    const f = findInputInGrid(grid, "S")!;
    expect(f.layout).toBe("long");
    expect(f.raw.indicators).toEqual([]);
    expect(f.raw.iit).toEqual({ value: 87.46, cell: "S!B1" });
  });

  test("a numbered list of measures is not an indicator table", () => {
    const grid: unknown[][] = [
      ["มาตรการ", "ขั้นตอนหรือวิธีการ", "ผู้รับผิดชอบ"],
      [1, "ประกาศเจตจำนงสุจริตของผู้บริหาร", "สำนักปลัด"],
      [2, "เปิดเผยข้อมูลการจัดซื้อจัดจ้าง", "กองคลัง"],
      [3, "จัดทำคู่มือการยืมทรัพย์สิน", "กองช่าง"],
    ];
    expect(findInputInGrid(grid, "มาตรการ")).toBeNull();
  });

  test("unrelated sheets give null", () => {
    expect(findInputInGrid([], "S")).toBeNull();
    expect(
      findInputInGrid(
        [
          ["ชื่อ", "ที่อยู่"],
          ["สมชาย", "กรุงเทพ"],
        ],
        "S"
      )
    ).toBeNull();
    expect(
      findInputInGrid(
        [
          [1, 50],
          [2, 60],
        ],
        "S"
      )
    ).toBeNull();
  });
});

describe("wide layout", () => {
  const header = [
    "หน่วยงาน",
    "ปีงบประมาณ",
    "1",
    "2",
    "3",
    "4",
    "5",
    "6",
    "7",
    "8",
    "9",
    "10",
    "คะแนนรวม",
    "ระดับ",
  ];
  const grid: unknown[][] = [
    ["ผลการประเมิน ITA รายหน่วยงาน"],
    header,
    [
      "อบต.ก",
      2562,
      94.15,
      85.43,
      87.52,
      82.58,
      87.64,
      67.05,
      70.46,
      61.37,
      55.85,
      93.75,
      76.05,
      "B",
    ],
    ["อบต.ข", "๒๕๖๖", 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, 95, "ผ่านดีเยี่ยม"],
    [],
    ["หมายเหตุ"],
  ];

  test("every row returned for picking, cells with the origin", () => {
    const f = findInputInGrid(grid, "ภาค", { row: 9, col: 2 })!;
    expect(f.layout).toBe("wide");
    expect(f.rows).toHaveLength(2);
    expect(f.rows![0].label).toBe("อบต.ก 2562 (แถว 12)");
    expect(f.rows![0].row).toBe(11);
    expect(f.rows![1].agency).toEqual({ name: "อบต.ข" });
    expect(f.raw).toBe(f.rows![0].raw);
    expect(f.rows![0].raw.indicators[0]).toEqual({ id: "1", value: 94.15, cell: "ภาค!E12" });
    expect(f.rows![0].raw.fiscalYear?.cell).toBe("ภาค!D12");
    const a = assessRaw(f.rows![0].raw).assessment!;
    expect(a.total).toBe(76.05);
    expect(a.checks.every((c) => c.consistent)).toBe(true);
    const b = assessRaw(f.rows![1].raw).assessment!;
    expect(b.fiscalYear).toBe(2566);
    expect(b.level?.id).toBe("excellent");
  });

  test("headers by Thai name, the year from a title", () => {
    const names = getProfile(2563).indicators.map((d) => d.nameTh);
    const g: unknown[][] = [
      ["ปีงบประมาณ พ.ศ. 2563"],
      ["ชื่อหน่วยงาน", ...names],
      ["เทศบาลตำบล ค", 90, 90, 90, 90, 90, 80, 80, 80, 70, 70],
    ];
    const f = findInputInGrid(g, "S")!;
    expect(f.layout).toBe("wide");
    expect(f.rows![0].raw.fiscalYear?.cell).toBe("S!A1");
    expect(assessRaw(f.rows![0].raw).assessment?.total).toBe(79);
  });
});

describe("dates from cells", () => {
  test.each<[unknown, string | undefined]>([
    ["2020-02-15", "2020-02-15"],
    [43876, "2020-02-15"],
    [new Date(Date.UTC(2020, 1, 15)), "2020-02-15"],
    ["15/2/2563", "2020-02-15"],
    ["๑๕/๐๒/๒๕๖๓", "2020-02-15"],
    ["soon", undefined],
  ])("%p -> %p", (v, iso) => {
    expect(isoDateFromCell(v)).toBe(iso);
  });
});

describe("wide layout: the agency type column", () => {
  test('a "ประเภทหน่วยงาน" (or "ประเภท") column gives each row its agency type', () => {
    for (const label of ["ประเภทหน่วยงาน", "ประเภท", "ประเภท หน่วยงาน"]) {
      const g: unknown[][] = [
        ["ปีงบประมาณ พ.ศ. 2568"],
        ["หน่วยงาน", label, "จังหวัด", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10"],
        ["อบต.ก", "องค์การบริหารส่วนตำบล", "สงขลา", 90, 90, 90, 90, 90, 80, 80, 80, 70, 70],
        ["โรงเรียนข", "", "สงขลา", 95, 95, 95, 95, 95, 95, 95, 95, 95, 95],
      ];
      const f = findInputInGrid(g, "S")!;
      expect(f.layout).toBe("wide");
      expect(f.rows![0].agency).toEqual({
        name: "อบต.ก",
        type: "องค์การบริหารส่วนตำบล",
        province: "สงขลา",
      });
      // An empty type cell gives no type.
      expect(f.rows![1].agency).toEqual({ name: "โรงเรียนข", province: "สงขลา" });
      expect(f.rows![0].raw.indicators).toHaveLength(10);
    }
  });
});
