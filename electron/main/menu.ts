// The application menu, in Chinese. Windows needs no 编辑 menu: Ctrl+C/V/X/Z work in fields without one.
import { app, BrowserWindow, dialog, Menu, type MenuItemConstructorOptions } from 'electron'
import { WINDOW_TITLE } from './window'

function showAbout(): void {
  const options = {
    type: 'info' as const,
    title: '关于',
    message: WINDOW_TITLE,
    detail: `版本 ${app.getVersion()}\nElectron ${process.versions.electron} · Chromium ${process.versions.chrome}`,
    buttons: ['确定'],
  }
  const window = BrowserWindow.getFocusedWindow()
  void (window === null ? dialog.showMessageBox(options) : dialog.showMessageBox(window, options))
}

export function installMenu(): void {
  const developerItems: MenuItemConstructorOptions[] = app.isPackaged
    ? []
    : [{ role: 'toggleDevTools', label: '开发者工具' }]

  const template: MenuItemConstructorOptions[] = [
    { label: '文件(&F)', submenu: [{ role: 'quit', label: '退出' }] },
    {
      label: '视图(&V)',
      submenu: [
        { role: 'reload', label: '重新加载' },
        ...developerItems,
        { type: 'separator' },
        { role: 'resetZoom', label: '实际大小' },
        { role: 'zoomIn', label: '放大' },
        { role: 'zoomOut', label: '缩小' },
        { type: 'separator' },
        { role: 'togglefullscreen', label: '全屏' },
      ],
    },
    { label: '帮助(&H)', submenu: [{ label: '关于', click: showAbout }] },
  ]
  Menu.setApplicationMenu(Menu.buildFromTemplate(template))
}
