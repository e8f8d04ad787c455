import './exchange.css'

import { ExportPanel } from './export-panel'
import { ImportPanel } from './import-panel'

/** Export the term base or the memory to a file the server writes; import one back after a preview. */
export function ExchangeScreen() {
  return (
    <section className="screen exchange-screen" data-testid="exchange-screen">
      <div className="exchange-columns">
        <ExportPanel />
        <ImportPanel />
      </div>
    </section>
  )
}
