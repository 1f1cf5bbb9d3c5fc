/** The signed-in frame's sizes (main-layout.tsx), for pages that size themselves before they are laid out. */

/** Remembered per PC: someone who folds the menu on a 1366 px laptop wants it folded tomorrow too. */
export const COLLAPSED_KEY = 'layout.siderCollapsed'
export const SIDER_WIDTH = 184
export const SIDER_COLLAPSED_WIDTH = 56
/** The content's padding left and right of a page. */
export const CONTENT_PADDING_X = 20

/** The side menu's width as this PC last left it (folded or not): where a page's content starts. */
export const siderWidth = () => (localStorage.getItem(COLLAPSED_KEY) === '1' ? SIDER_COLLAPSED_WIDTH : SIDER_WIDTH)
