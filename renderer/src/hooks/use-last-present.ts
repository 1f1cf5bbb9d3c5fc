import { useState } from 'react'

/** The latest non-null value: a closing modal keeps showing whom it was about while it fades out. */
export function useLastPresent<T>(value: T | null): T | null {
  const [last, setLast] = useState(value)
  if (value !== null && value !== last) setLast(value)
  return value ?? last
}
