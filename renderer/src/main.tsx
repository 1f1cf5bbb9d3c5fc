import { App as AntApp, ConfigProvider } from 'antd'
import zhCN from 'antd/locale/zh_CN'
import dayjs from 'dayjs'
import 'dayjs/locale/zh-cn'
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { HashRouter } from 'react-router-dom'
import { AppRoot } from './app/app-root'
import { theme } from './app/theme'
import { SessionProvider } from './session/session-context'
import './styles.css'

// Date pickers show 一月/周一 and weeks starting on Monday.
dayjs.locale('zh-cn')

const container = document.getElementById('root')
if (!container) throw new Error('index.html has no #root')

// HashRouter: the page is served from a custom protocol in Electron and from 127.0.0.1 by the host;
// neither answers deep paths, so the route lives in the hash.
createRoot(container).render(
  <StrictMode>
    {/* autoInsertSpace off: "登录" stays "登录" (not "登 录"), on screen and as the button's accessible name. */}
    <ConfigProvider locale={zhCN} theme={theme} button={{ autoInsertSpace: false }}>
      <AntApp style={{ height: '100%' }}>
        <HashRouter>
          <SessionProvider>
            <AppRoot />
          </SessionProvider>
        </HashRouter>
      </AntApp>
    </ConfigProvider>
  </StrictMode>,
)
