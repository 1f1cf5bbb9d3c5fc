import { Foundation1763800000000 } from './1763800000000-foundation'

/** In order. Listed explicitly (no glob): the main process is one bundle. */
export const migrations = [Foundation1763800000000]
