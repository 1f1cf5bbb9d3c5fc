import type { Random } from './random'

// Believable Chinese customer files: company names from syllables, people, phones, addresses, banks.
// The division code of each city feeds its companies' 统一社会信用代码 (characters 3–8).

export interface City {
  name: string
  province: string
  division: string
  areaCode: string
  districts: readonly string[]
}

export const CITIES: readonly City[] = [
  { name: '上海', province: '上海市', division: '310115', areaCode: '021', districts: ['浦东新区', '闵行区', '嘉定区', '松江区', '宝山区'] },
  { name: '杭州', province: '浙江省', division: '330106', areaCode: '0571', districts: ['西湖区', '滨江区', '萧山区', '余杭区'] },
  { name: '苏州', province: '江苏省', division: '320505', areaCode: '0512', districts: ['虎丘区', '吴中区', '相城区', '工业园区'] },
  { name: '无锡', province: '江苏省', division: '320214', areaCode: '0510', districts: ['新吴区', '锡山区', '惠山区'] },
  { name: '南京', province: '江苏省', division: '320115', areaCode: '025', districts: ['江宁区', '浦口区', '栖霞区'] },
  { name: '宁波', province: '浙江省', division: '330212', areaCode: '0574', districts: ['鄞州区', '北仑区', '镇海区'] },
  { name: '合肥', province: '安徽省', division: '340104', areaCode: '0551', districts: ['蜀山区', '包河区', '经开区'] },
  { name: '济南', province: '山东省', division: '370112', areaCode: '0531', districts: ['历城区', '章丘区', '高新区'] },
  { name: '青岛', province: '山东省', division: '370211', areaCode: '0532', districts: ['黄岛区', '城阳区', '即墨区'] },
  { name: '郑州', province: '河南省', division: '410122', areaCode: '0371', districts: ['金水区', '中原区', '管城区'] },
  { name: '武汉', province: '湖北省', division: '420115', areaCode: '027', districts: ['江夏区', '东西湖区', '洪山区'] },
  { name: '长沙', province: '湖南省', division: '430104', areaCode: '0731', districts: ['岳麓区', '雨花区', '望城区'] },
  { name: '成都', province: '四川省', division: '510116', areaCode: '028', districts: ['双流区', '郫都区', '新都区'] },
  { name: '重庆', province: '重庆市', division: '500112', areaCode: '023', districts: ['渝北区', '江北区', '九龙坡区'] },
  { name: '西安', province: '陕西省', division: '610113', areaCode: '029', districts: ['雁塔区', '未央区', '长安区'] },
  { name: '天津', province: '天津市', division: '120116', areaCode: '022', districts: ['滨海新区', '西青区', '津南区'] },
  { name: '北京', province: '北京市', division: '110115', areaCode: '010', districts: ['大兴区', '通州区', '顺义区'] },
  { name: '广州', province: '广东省', division: '440112', areaCode: '020', districts: ['黄埔区', '番禺区', '白云区'] },
  { name: '佛山', province: '广东省', division: '440606', areaCode: '0757', districts: ['顺德区', '南海区', '禅城区'] },
  { name: '东莞', province: '广东省', division: '441900', areaCode: '0769', districts: ['松山湖', '长安镇', '虎门镇'] },
  { name: '温州', province: '浙江省', division: '330304', areaCode: '0577', districts: ['瓯海区', '龙湾区', '鹿城区'] },
  { name: '台州', province: '浙江省', division: '331004', areaCode: '0576', districts: ['路桥区', '椒江区', '黄岩区'] },
  { name: '常州', province: '江苏省', division: '320411', areaCode: '0519', districts: ['新北区', '武进区', '钟楼区'] },
  { name: '南通', province: '江苏省', division: '320612', areaCode: '0513', districts: ['通州区', '崇川区', '海门区'] },
  { name: '徐州', province: '江苏省', division: '320311', areaCode: '0516', districts: ['泉山区', '铜山区', '鼓楼区'] },
  { name: '绍兴', province: '浙江省', division: '330603', areaCode: '0575', districts: ['柯桥区', '越城区', '上虞区'] },
  { name: '潍坊', province: '山东省', division: '370705', areaCode: '0536', districts: ['奎文区', '潍城区', '寒亭区'] },
  { name: '洛阳', province: '河南省', division: '410311', areaCode: '0379', districts: ['洛龙区', '涧西区', '西工区'] },
  { name: '昆明', province: '云南省', division: '530112', areaCode: '0871', districts: ['西山区', '官渡区', '呈贡区'] },
  { name: '南宁', province: '广西壮族自治区', division: '450103', areaCode: '0771', districts: ['青秀区', '西乡塘区', '良庆区'] },
  { name: '福州', province: '福建省', division: '350104', areaCode: '0591', districts: ['仓山区', '鼓楼区', '马尾区'] },
  { name: '厦门', province: '福建省', division: '350211', areaCode: '0592', districts: ['集美区', '湖里区', '海沧区'] },
  { name: '南昌', province: '江西省', division: '360111', areaCode: '0791', districts: ['青山湖区', '红谷滩区', '新建区'] },
  { name: '太原', province: '山西省', division: '140105', areaCode: '0351', districts: ['小店区', '万柏林区', '晋源区'] },
  { name: '石家庄', province: '河北省', division: '130104', areaCode: '0311', districts: ['桥西区', '裕华区', '长安区'] },
  { name: '沈阳', province: '辽宁省', division: '210112', areaCode: '024', districts: ['浑南区', '铁西区', '于洪区'] },
  { name: '大连', province: '辽宁省', division: '210213', areaCode: '0411', districts: ['金州区', '甘井子区', '沙河口区'] },
  { name: '哈尔滨', province: '黑龙江省', division: '230109', areaCode: '0451', districts: ['松北区', '南岗区', '香坊区'] },
  { name: '兰州', province: '甘肃省', division: '620102', areaCode: '0931', districts: ['城关区', '七里河区', '安宁区'] },
  { name: '贵阳', province: '贵州省', division: '520115', areaCode: '0851', districts: ['观山湖区', '南明区', '云岩区'] },
]

const BRAND = '华宏鑫瑞恒泰盛达源丰隆昌嘉德通远信诚安新永金海天中正东方明光辉宇星建兴利和万佳博凯祥顺江'.split('')
const INDUSTRIES = [
  '机电设备', '水务工程', '环保科技', '建设工程', '给排水设备', '化工', '热电', '市政工程', '流体设备', '供水设备',
  '石化装备', '消防工程', '自动化', '暖通工程', '矿业', '钢铁', '制药', '食品', '纺织印染', '造纸', '能源', '冶金设备',
] as const
const SUFFIXES = [['有限公司', 6], ['股份有限公司', 2], ['有限责任公司', 1]] as const
const BIG_FORMS = ['水务集团有限公司', '自来水有限公司', '城建投资集团有限公司', '石化股份有限公司', '热电有限公司', '钢铁集团有限公司'] as const
const ROADS = ['人民路', '建设路', '解放路', '工业大道', '科技路', '长江路', '黄河路', '中山路', '创业路', '新华路', '园区大道'] as const
const BANKS = ['中国工商银行', '中国建设银行', '中国农业银行', '中国银行', '交通银行', '招商银行', '兴业银行', '浦发银行'] as const
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈'.split('')
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国志红文斌波辉宇浩凯鹏飞婷雪琳'.split('')
const TITLES = ['采购经理', '设备部主任', '项目经理', '总工程师', '采购专员', '副总经理', '财务经理'] as const

export function personName(random: Random): string {
  const given = random.chance(0.7) ? random.pick(GIVEN) + random.pick(GIVEN) : random.pick(GIVEN)
  return random.pick(SURNAMES) + given
}

export function mobile(random: Random): string {
  return `1${random.pick(['38', '39', '58', '59', '86', '87', '36', '37', '50', '51'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`
}

/** A company name: big customers are utilities and groups; the long tail is trading and engineering firms. */
export function companyName(random: Random, city: City, big: boolean): string {
  if (big) return `${city.name}${random.pick(['市', ''])}${random.pick(BRAND)}${random.pick(BRAND)}${random.pick(BIG_FORMS)}`
  const brand = random.pick(BRAND) + random.pick(BRAND)
  return `${city.name}${brand}${random.pick(INDUSTRIES)}${random.weighted(SUFFIXES)}`
}

export function address(random: Random, city: City): string {
  const place = city.province === `${city.name}市` ? city.province : `${city.province}${city.name}市`
  return `${place}${random.pick(city.districts)}${random.pick(ROADS)}${random.int(1, 999)}号`
}

export function bank(random: Random, city: City): { bankName: string; bankAccount: string } {
  const digits = Array.from({ length: random.pick([16, 19]) }, () => random.int(0, 9)).join('')
  return { bankName: `${random.pick(BANKS)}${city.name}${random.pick(city.districts)}支行`, bankAccount: digits.replace(/(\d{4})(?=\d)/g, '$1 ') }
}

export function officePhone(random: Random, city: City): string {
  return `${city.areaCode}-${random.int(5, 8)}${String(random.int(0, 9_999_999)).padStart(7, '0')}`
}

export function contacts(random: Random): Array<{ name: string; phone: string; title: string }> {
  return Array.from({ length: random.weighted([[1, 5], [2, 3], [3, 1]] as const) }, () => ({
    name: personName(random),
    phone: mobile(random),
    title: random.pick(TITLES),
  }))
}
