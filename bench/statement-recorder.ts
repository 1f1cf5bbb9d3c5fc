import type { BeforeQueryEvent, DataSource, EntitySubscriberInterface } from 'typeorm'

export type Statement = [sql: string, params: unknown[]]

/**
 * Writes down every statement TypeORM sends while `recording` is set. The approve floor replays
 * exactly these, raw, on an identical copy of the file: same SQL, same rows, same commits.
 */
export class StatementRecorder implements EntitySubscriberInterface {
  private current: Statement[] | null = null

  static attach(dataSource: DataSource): StatementRecorder {
    const recorder = new StatementRecorder()
    // The subscriber list is read on every query; adding to it is how TypeORM takes one at runtime.
    ;(dataSource.subscribers as EntitySubscriberInterface[]).push(recorder)
    return recorder
  }

  beforeQuery(event: BeforeQueryEvent): void {
    this.current?.push([event.query, Array.isArray(event.parameters) ? [...event.parameters] : []])
  }

  async record(work: () => Promise<unknown>): Promise<Statement[]> {
    const statements: Statement[] = []
    this.current = statements
    try {
      await work()
    } finally {
      this.current = null
    }
    return statements
  }
}
