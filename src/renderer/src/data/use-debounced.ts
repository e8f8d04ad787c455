import { useEffect, useState } from 'react'

/** The value once it has stayed the same for `millis`: a filter typed into does not query on every keystroke. */
export function useDebounced<T>(value: T, millis: number): T {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), millis)
    return () => window.clearTimeout(timer)
  }, [value, millis])
  return settled
}
