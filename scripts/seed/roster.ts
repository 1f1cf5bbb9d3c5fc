import type { RoleKey } from '../../shared/roles'

// The office's people: one or more for every post of WORKFLOW.md, a few holding two posts as a small
// office does (R20 still holds per document), and sales clerks who report to a named manager (the
// application chain's "drafter's manager" step goes to that person; a clerk without one is signed by
// any sales manager).

/** The one password every generated person signs in with (printed by the seed; never for real data). */
export const SEED_PASSWORD = 'Office2026'

export interface RosterPerson {
  login: string
  name: string
  roles: RoleKey[]
  /** Login of the person who signs this one's applications (users.setManager). */
  managerLogin: string | null
}

const person = (login: string, name: string, roles: RoleKey[], managerLogin: string | null = null): RosterPerson => ({ login, name, roles, managerLogin })

const LEADERS: RosterPerson[] = [
  person('admin', '刘洋', ['admin']),
  person('wangjh', '王建华', ['general_manager']),
  // 分管销售副总 who also signs as 总经理 when the general manager is away.
  person('zhaozg', '赵志刚', ['sales_vp', 'general_manager']),
  // 销售部主管 who also leads a team of clerks as their sales manager.
  person('chengq', '陈国庆', ['sales_head', 'sales_manager']),
  person('liming', '李明', ['sales_manager']),
  person('wuxd', '吴晓东', ['sales_manager']),
]

const BACK_OFFICE: RosterPerson[] = [
  person('sunxy', '孙秀英', ['finance']),
  person('majun', '马俊', ['finance']),
  person('qianzy', '钱志远', ['finance_vp']),
  person('zhengli', '郑丽', ['legal']),
  person('hewei', '何伟', ['planner']),
  person('luoqiang', '罗强', ['production']),
  person('tangfang', '唐芳', ['qc']),
  person('fengjun', '冯军', ['warehouse']),
  person('guojj', '郭建军', ['guard']),
  person('songtao', '宋涛', ['service']),
]

const CLERKS: Array<[string, string]> = [
  ['wangxl', '王小丽'], ['zhangmin', '张敏'], ['liuting', '刘婷'], ['yangfan', '杨帆'], ['huangjing', '黄静'], ['zhoupeng', '周鹏'], ['xujie', '徐杰'],
]
const MANAGERS_IN_TURN = ['liming', 'chengq', 'wuxd', null] as const
const EXTRA_SURNAMES = '宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤'
const EXTRA_GIVEN = '晨曦雨欣悦然子涵思远嘉怡博文梓萱俊杰宇航诗琪明轩'

function clerk(index: number): RosterPerson {
  const [login, name] = CLERKS[index] ?? [
    `clerk${String(index + 1).padStart(2, '0')}`,
    EXTRA_SURNAMES[index % EXTRA_SURNAMES.length]! + EXTRA_GIVEN.slice((index * 2) % 20, (index * 2) % 20 + 2),
  ]
  // 徐杰 also compiles production notices: a clerk holding a second post.
  const roles: RoleKey[] = login === 'xujie' ? ['sales_clerk', 'planner'] : ['sales_clerk']
  return person(login, name, roles, MANAGERS_IN_TURN[index % MANAGERS_IN_TURN.length]!)
}

/**
 * The whole office with `clerkCount` sales clerks (the bulk office grows its sales team with its
 * scale); `without` leaves people out (the demo's smaller office).
 */
export function officeRoster(clerkCount: number, without: readonly string[] = []): RosterPerson[] {
  const clerks = Array.from({ length: Math.max(3, clerkCount) }, (_, i) => clerk(i))
  const leaders = LEADERS.filter((p) => !without.includes(p.login))
  const managers = new Set(leaders.map((p) => p.login))
  // A clerk's manager must exist in this office; with few clerks some managers have no team.
  for (const c of clerks) if (c.managerLogin && !managers.has(c.managerLogin)) c.managerLogin = null
  return [...leaders, ...clerks, ...BACK_OFFICE.filter((p) => !without.includes(p.login))].map((p) => ({ ...p, roles: [...p.roles] }))
}

/** Sales clerks grow with the square root of the volume: 7 at scale 1, 22 at scale 10. */
export function clerkCountFor(scale: number): number {
  return Math.max(3, Math.round(7 * Math.sqrt(scale)))
}
