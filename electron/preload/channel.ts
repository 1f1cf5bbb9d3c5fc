/** The one IPC channel between the window and the core. Main and preload both import it; nothing else crosses. */
export const API_CHANNEL = 'api:call'
