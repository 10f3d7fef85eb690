/**
 * Ends the current main-thread task and resumes in a new one, so the browser can paint and handle
 * input in between. scheduler.yield (Chromium) resumes ahead of other queued tasks; elsewhere a
 * zero-delay timeout does.
 */
interface YieldingScheduler {
  yield?: () => Promise<void>;
}

export function yieldToMain(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === "function") return scheduler.yield();
  return new Promise((resume) => setTimeout(resume, 0));
}
