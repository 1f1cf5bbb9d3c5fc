import { keepDatabase, type DatabaseCopy } from './database-copy'
import { openOfficeOn, START, TestClient, type TestOffice } from './test-workstation'

/** What an office builder hands on besides the office: the people (signed in) and the ids it made. */
export type OfficeFacts = Record<string, unknown>

interface Kept {
  database: DatabaseCopy
  adminToken: string | null
  /** Each signed-in person as their token and own fields (a person's id); every other fact as it was. */
  facts: Record<string, { person: Record<string, unknown> } | { value: unknown }>
}

const kept = new Map<string, Promise<Kept>>()

/**
 * An office built by `build` through the API, once per test process and key: the first call builds it,
 * keeps a copy of its database, and every later call opens a copy of that, with the same people signed
 * in (sessions are rows: the same tokens are valid on the copy). Every test still gets an office of its
 * own, the same as one built from nothing, without spending again the password hash per person.
 * The build must not move the clock: each copy starts again at START.
 */
export async function openKeptOffice<F extends OfficeFacts>(key: string, build: () => Promise<{ office: TestOffice; facts: F }>): Promise<{ office: TestOffice; facts: F }> {
  const found = kept.get(key)
  if (found) return openCopy<F>(await found)
  let built: { office: TestOffice; facts: F } | null = null
  const keeping = (async () => {
    built = await build()
    return keep(built.office, built.facts)
  })()
  kept.set(key, keeping)
  try {
    await keeping
  } catch (error) {
    kept.delete(key)
    throw error
  }
  return built!
}

async function keep(office: TestOffice, facts: OfficeFacts): Promise<Kept> {
  if (office.clock.current.getTime() !== START.getTime()) throw new Error('an office kept for copies must be built without moving the clock')
  // The copy is of a closed database; the office that was built reopens on its own and goes on.
  await office.ws.close()
  let database: DatabaseCopy
  try {
    database = await keepDatabase(office.path)
  } finally {
    await office.reopen()
  }
  const keptFacts: Kept['facts'] = {}
  for (const [name, value] of Object.entries(facts)) {
    keptFacts[name] = value instanceof TestClient ? { person: ownFields(value) } : { value: structuredClone(value) }
  }
  return { database, adminToken: office.admin.token, facts: keptFacts }
}

async function openCopy<F extends OfficeFacts>(kept: Kept): Promise<{ office: TestOffice; facts: F }> {
  const office = await openOfficeOn(kept.database)
  office.admin.token = kept.adminToken
  const facts: OfficeFacts = {}
  for (const [name, fact] of Object.entries(kept.facts)) {
    facts[name] = 'person' in fact ? Object.assign(office.client(), fact.person) : structuredClone(fact.value)
  }
  return { office, facts: facts as F }
}

/** A signed-in client's own fields but its workstation: its token and what the builder added (its user id). */
function ownFields(client: TestClient): Record<string, unknown> {
  return Object.fromEntries(Object.entries(client).filter(([name, value]) => name !== 'ws' && typeof value !== 'function'))
}
