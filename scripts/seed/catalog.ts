import type { Random } from './random'

// A pump-and-valve maker's catalogue: families of sizes, each with a list price that grows with the
// size, and the quantity a customer typically orders of it (pumps by the unit, valves by the dozen).

export interface CatalogProduct {
  code: string
  name: string
  spec: string
  unit: string
  /** List price of the first price list, integer fen. */
  baseListFen: number
  /** Typical order quantity (the median of a skewed draw). */
  typicalQuantity: number
}

const POWERS = [1.5, 2.2, 3, 4, 5.5, 7.5, 11, 15, 18.5, 22, 30, 37, 45, 55, 75, 90, 110, 132] as const
const BORES = [50, 65, 80, 100, 125, 150, 200, 250, 300, 350, 400] as const

interface PumpFamily { name: string; prefix: string; from: number; to: number; factor: number }
const PUMPS: PumpFamily[] = [
  { name: '单级离心泵', prefix: 'IS', from: 0, to: 14, factor: 1 },
  { name: '管道离心泵', prefix: 'ISG', from: 0, to: 14, factor: 0.95 },
  { name: '卧式多级离心泵', prefix: 'D', from: 4, to: 18, factor: 1.4 },
  { name: '潜水排污泵', prefix: 'WQ', from: 0, to: 14, factor: 1.1 },
  { name: '不锈钢立式多级泵', prefix: 'CDL', from: 0, to: 12, factor: 1.6 },
  { name: '化工离心泵', prefix: 'IH', from: 0, to: 13, factor: 1.5 },
  { name: '双吸中开泵', prefix: 'S', from: 8, to: 18, factor: 1.8 },
  { name: '自吸离心泵', prefix: 'ZX', from: 0, to: 12, factor: 0.9 },
]
const VALVES = [
  { name: '闸阀', model: 'Z41H' }, { name: '截止阀', model: 'J41H' }, { name: '蝶阀', model: 'D371X' },
  { name: '止回阀', model: 'H44H' }, { name: '球阀', model: 'Q41F' },
] as const
const yuan = (value: number) => Math.round(value) * 100

function pumps(): CatalogProduct[] {
  return PUMPS.flatMap((family) =>
    POWERS.slice(family.from, family.to).map((kw, i) => {
      const flow = Math.round(6 * Math.pow(kw, 1.1) + 4)
      const head = Math.round(12 + 3.2 * Math.sqrt(kw) * (i % 3 + 2))
      return {
        code: `${family.prefix}${flow}-${head}-${String(kw).replace('.', 'P')}`,
        name: family.name,
        spec: `流量 ${flow}m³/h 扬程 ${head}m 功率 ${kw}kW`,
        unit: '台',
        baseListFen: yuan(family.factor * (1800 + 420 * kw)),
        typicalQuantity: kw > 30 ? 1 : 2,
      }
    }),
  )
}

function valves(): CatalogProduct[] {
  return VALVES.flatMap((valve) =>
    [16, 25].flatMap((pn) =>
      BORES.map((dn) => ({
        code: `${valve.model}-${pn}C-DN${dn}`,
        name: valve.name,
        spec: `DN${dn} PN${pn} 铸钢`,
        unit: '只',
        baseListFen: yuan((300 + 0.05 * dn * dn) * (pn === 25 ? 1.3 : 1)),
        typicalQuantity: dn > 200 ? 4 : 10,
      })),
    ),
  )
}

function motorsAndSets(): CatalogProduct[] {
  const motors = POWERS.map((kw, i) => ({
    code: `YE3-${[90, 100, 112, 132, 160, 180, 200, 225, 250, 280, 315][Math.min(10, Math.floor(i / 1.7))]}-${String(kw).replace('.', 'P')}`,
    name: '三相异步电动机', spec: `${kw}kW 2级 IE3`, unit: '台', baseListFen: yuan(600 + 180 * kw), typicalQuantity: 2,
  }))
  const cabinets = POWERS.slice(2, 14).map((kw) => ({
    code: `KZG-${String(kw).replace('.', 'P')}`, name: '变频控制柜', spec: `一用一备 ${kw}kW`, unit: '套', baseListFen: yuan(5200 + 650 * kw), typicalQuantity: 1,
  }))
  const boosters = [10, 15, 20, 30, 40, 50, 60, 80, 100, 120, 150, 200].map((flow, i) => ({
    code: `WWG${flow}-${40 + 5 * (i % 4)}`, name: '无负压供水设备', spec: `流量 ${flow}m³/h 扬程 ${40 + 5 * (i % 4)}m`, unit: '套',
    baseListFen: yuan(38_000 + 2_200 * flow), typicalQuantity: 1,
  }))
  const fire = [10, 15, 20, 25, 30, 40, 50, 60, 70, 80, 100, 120].map((flow) => ({
    code: `XBD8P0-${flow}`, name: '消防泵组', spec: `0.8MPa ${flow}L/s 含控制柜`, unit: '套', baseListFen: yuan(46_000 + 1_900 * flow), typicalQuantity: 1,
  }))
  const seals = [25, 30, 35, 40, 45, 50, 55, 60, 70, 80, 90, 100].map((d) => ({
    code: `MS-${d}`, name: '机械密封', spec: `轴径 ${d}mm 碳化硅`, unit: '套', baseListFen: yuan(180 + 9 * d), typicalQuantity: 6,
  }))
  const impellers = [125, 160, 200, 250, 315, 400, 500].map((d) => ({
    code: `YL-${d}`, name: '叶轮', spec: `直径 ${d}mm 铸铁`, unit: '只', baseListFen: yuan(260 + 2.2 * d), typicalQuantity: 3,
  }))
  const bearings = ['6205', '6206', '6207', '6208', '6209', '6210', '6211', '6212', '6305', '6306', '6307', '6308', '6309', '6310', '6311', '6312'].map((model, i) => ({
    code: `ZC-${model}-2RS`, name: '深沟球轴承', spec: `${model}-2RS 泵用`, unit: '只', baseListFen: yuan(60 + 14 * i), typicalQuantity: 12,
  }))
  return [...motors, ...cabinets, ...boosters, ...fire, ...seals, ...impellers, ...bearings]
}

/** The catalogue, exactly `count` products, in a stable order (the seed decides nothing here). */
export function catalog(count = 300): CatalogProduct[] {
  const all = [...pumps(), ...valves(), ...motorsAndSets()]
  if (all.length < count) throw new Error(`the catalogue has only ${all.length} products`)
  return all.slice(0, count)
}

/** The floor price a list price implies: 82–90 % of it, whole yuan. */
export function floorOf(listFen: number, random: Random): number {
  return Math.min(listFen, yuan((listFen / 100) * random.between(0.82, 0.9)))
}
