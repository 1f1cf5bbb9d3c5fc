import { Foundation1763800000000 } from './1763800000000-foundation'
import { ContractChain1763900000000 } from './1763900000000-contract-chain'

/** In order. Listed explicitly (no glob): the main process is one bundle. */
export const migrations = [Foundation1763800000000, ContractChain1763900000000]
