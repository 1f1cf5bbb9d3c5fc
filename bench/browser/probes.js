// In-page probes of the browser benchmark, installed with context.addInitScript before the app's own
// scripts. Plain browser JavaScript on purpose: the bench is compiled with Node's types only, and tsx
// would wrap named functions inside page.evaluate callbacks in a helper the page does not have.
// Everything is measured inside the page (performance.now, requestAnimationFrame), so the numbers do
// not include Playwright's round trips.
;(() => {
  const ROW = '[data-testid^="queue-row-"]'
  const LOGIN = '[data-testid="login-form"]'
  const HOLDER = '.ant-table-tbody-virtual-holder'
  const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve))
  /** Resolves in the first task after the next frame was produced (a rAF callback runs before paint). */
  const afterNextPaint = () =>
    new Promise((resolve) =>
      requestAnimationFrame(() => {
        const channel = new MessageChannel()
        channel.port1.onmessage = () => resolve(performance.now())
        channel.port2.postMessage(null)
      }),
    )
  const footer = () => document.querySelector('[data-testid="queue-footer"]')
  const loaded = () => Number(footer()?.getAttribute('data-loaded') ?? 0)
  const total = () => Number(footer()?.getAttribute('data-total') ?? 0)
  const holder = () => document.querySelector(HOLDER)

  // (a) From the click on 登录 to the first frame painted with a queue row in it. The listener sits on
  // the document in the capture phase, so it runs before React's own handler of the button.
  let clickedAt = null
  const firstPaint = new Promise((resolve) => {
    document.addEventListener(
      'click',
      (event) => {
        if (clickedAt === null && event.target instanceof Element && event.target.closest('[data-testid="login-submit"]')) {
          clickedAt = performance.now()
        }
      },
      true,
    )
    // A row on screen: the signed-in screen is built under the login screen while the password is
    // checked (issue 10), so a row in the DOM counts only once the login screen is gone and it is visible.
    const observer = new MutationObserver(() => {
      const row = document.querySelector(ROW)
      if (clickedAt === null || !row || document.querySelector(LOGIN) || !row.checkVisibility({ visibilityProperty: true })) return
      observer.disconnect()
      void afterNextPaint().then((at) => resolve(at - clickedAt))
    })
    // The document itself: at init time it has no <html> element yet.
    observer.observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['style'] })
  })

  /** (b1) Scroll to the end of what is loaded, again and again, until `target` rows are loaded. */
  async function loadRows(target) {
    const started = performance.now()
    let maxRendered = 0
    while (loaded() < Math.min(target, total() || target)) {
      const list = holder()
      if (list) {
        list.scrollTop = list.scrollHeight
        maxRendered = Math.max(maxRendered, list.querySelectorAll(ROW).length)
      }
      await nextFrame()
      if (performance.now() - started > 600_000) throw new Error(`only ${loaded()} of ${target} rows after 10 minutes`)
    }
    return { ms: performance.now() - started, loaded: loaded(), total: total(), maxRendered }
  }

  /** Row test ids whose box overlaps the list's visible box. */
  function visibleRows(list) {
    const view = list.getBoundingClientRect()
    return [...list.querySelectorAll(ROW)]
      .filter((row) => {
        const box = row.getBoundingClientRect()
        return box.bottom > view.top && box.top < view.bottom
      })
      .map((row) => row.getAttribute('data-testid').slice('queue-row-'.length))
  }

  /**
   * (b2) Top to bottom and back in `steps` even steps each way, one step per frame, recording every
   * frame's length (rAF to rAF) and, where Chromium has them, long-animation-frame entries.
   */
  async function scrollPass(steps) {
    const list = holder()
    if (!list) throw new Error('no virtual list on the page')
    const bottom = list.scrollHeight - list.clientHeight
    const loadedAtStart = loaded()
    list.scrollTop = 0
    await nextFrame()
    await nextFrame()
    const longFrames = []
    let observer = null
    if (typeof PerformanceObserver !== 'undefined' && PerformanceObserver.supportedEntryTypes?.includes('long-animation-frame')) {
      observer = new PerformanceObserver((entries) => longFrames.push(...entries.getEntries().map((e) => e.duration)))
      observer.observe({ type: 'long-animation-frame' })
    }
    const frames = []
    let maxRendered = 0
    let atBottom = []
    let last = await nextFrame()
    const positions = []
    for (let i = 1; i <= steps; i++) positions.push(Math.round((bottom * i) / steps))
    for (let i = steps - 1; i >= 0; i--) positions.push(Math.round((bottom * i) / steps))
    for (let i = 0; i < positions.length; i++) {
      list.scrollTop = positions[i]
      const now = await nextFrame()
      frames.push(now - last)
      last = now
      maxRendered = Math.max(maxRendered, list.querySelectorAll(ROW).length)
      if (i === steps - 1) {
        // React renders a scroll's rows in a task of its own: let it land before reading the view.
        // These frames count too (the next chunk may be landing in them).
        for (let pause = 0; pause < 2; pause++) {
          const at = await nextFrame()
          frames.push(at - last)
          last = at
        }
        atBottom = visibleRows(list)
      }
    }
    await nextFrame()
    await nextFrame()
    observer?.takeRecords?.().forEach((e) => longFrames.push(e.duration))
    observer?.disconnect()
    return {
      frames,
      longFrames,
      longFramesSupported: observer !== null,
      maxRendered,
      bottomPx: bottom,
      loadedAtStart,
      loadedAtEnd: loaded(),
      atBottom,
      atTop: visibleRows(list),
    }
  }

  window.__queueBench = { firstPaint, loadRows, scrollPass }
})()
