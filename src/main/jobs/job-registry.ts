/** Long jobs by id, so `workspace/cancelJob` can abort what a window started. */
export class JobRegistry {
  private jobs = new Map<string, AbortController>()

  start(jobId: string | undefined): AbortController {
    const controller = new AbortController()
    if (jobId) this.jobs.set(jobId, controller)
    return controller
  }

  finish(jobId: string | undefined): void {
    if (jobId) this.jobs.delete(jobId)
  }

  cancel(jobId: string): boolean {
    const controller = this.jobs.get(jobId)
    if (!controller) return false
    controller.abort()
    return true
  }
}
