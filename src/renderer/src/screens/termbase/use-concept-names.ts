import { useEffect, useState } from 'react'

import { useApi } from '../../api-context'
import { conceptName } from './concept-name'

/**
 * The names of the given concepts, filled in as they load (the number shows meanwhile). A concept that
 * cannot be read keeps its number: the dialog still works without the name.
 */
export function useConceptNames(ids: readonly number[]): ReadonlyMap<number, string> {
  const api = useApi()
  const [names, setNames] = useState<ReadonlyMap<number, string>>(new Map())
  const key = [...new Set(ids)].sort((a, b) => a - b).join(',')
  useEffect(() => {
    let live = true
    const wanted = key ? key.split(',').map(Number) : []
    void Promise.all(
      wanted.map(async (id) => {
        try {
          const concept = await api.invoke('termbase/get', { id })
          return [id, conceptName(concept.terms)] as const
        } catch {
          return [id, null] as const
        }
      })
    ).then((found) => {
      if (!live) return
      setNames(new Map(found.filter((entry): entry is readonly [number, string] => entry[1] !== null)))
    })
    return () => {
      live = false
    }
  }, [api, key])
  return names
}
