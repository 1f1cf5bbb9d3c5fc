import type { ThemeConfig } from 'antd'

/** The header stays on top while the page scrolls; sticky table headers sit just below it. */
export const HEADER_HEIGHT = 52

// Light theme, a little denser than antd's default so a 1366×768 office laptop shows a full queue page.
// Chinese fonts are named explicitly: Segoe UI has no CJK glyphs and the fallback differs per PC.
export const theme: ThemeConfig = {
  token: {
    colorPrimary: '#1f6fd1',
    borderRadius: 4,
    fontFamily:
      "-apple-system, 'Segoe UI', 'Microsoft YaHei', 'PingFang SC', 'Noto Sans CJK SC', 'Noto Sans SC', 'WenQuanYi Micro Hei', 'Helvetica Neue', Arial, sans-serif",
  },
  components: {
    Layout: { headerBg: '#ffffff', headerHeight: HEADER_HEIGHT, lightSiderBg: '#ffffff', headerPadding: '0 20px', siderBg: '#ffffff' },
    Table: { cellPaddingBlockSM: 7 },
  },
}
