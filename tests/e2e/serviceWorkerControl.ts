/**
 * Stopping the extension's MV3 service worker in Chromium, as the browser does after ~30 s idle, and
 * watching it start again. What works (Chromium 150–156, tried here): the DevTools protocol's
 * ServiceWorker domain on any page's session lists the profile's worker versions, the extension's
 * among them, and `ServiceWorker.stopWorker(versionId)` stops it: its running status goes to
 * 'stopped', and the next event (a page's message) starts it again ('starting', 'running') with a fresh
 * global scope. What did not: `ServiceWorker.stopAllWorkers` from a page's session, and
 * `Target.closeTarget` on the worker's target from the browser's session (it answers success and the
 * worker keeps running while Playwright is attached to it).
 *
 * Playwright keeps one Worker object for the version: while the worker is stopped, evaluating in it
 * waits; once the worker runs again, it evaluates in the new global scope.
 */
import type { CDPSession, Page } from 'playwright-core';
import type { ChromiumSession } from './chromium';

export type RunningStatus = 'stopped' | 'starting' | 'running' | 'stopping';

interface VersionUpdate {
  versionId: string;
  scriptURL: string;
  runningStatus: RunningStatus;
}

export interface WorkerWatch {
  /** every running status our worker went through since the watch began, in order */
  readonly history: RunningStatus[];
  status(): RunningStatus | null;
  /** resolves once our worker reaches this status (at once if it is there) */
  waitFor(status: RunningStatus, timeoutMs?: number): Promise<void>;
  /** stops our worker and resolves once the browser reports it stopped */
  stop(): Promise<void>;
  close(): Promise<void>;
}

/** Watches (and can stop) the service worker of `session`'s extension, through a blank page's DevTools session. */
export async function watchServiceWorker(session: ChromiumSession): Promise<WorkerWatch> {
  const page: Page = await session.context.newPage();
  const cdp: CDPSession = await session.context.newCDPSession(page);
  const prefix = `chrome-extension://${session.extensionId}/`;
  const history: RunningStatus[] = [];
  let versionId: string | null = null;
  let waiters: (() => void)[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', (event: { versions: VersionUpdate[] }) => {
    for (const version of event.versions) {
      if (!version.scriptURL.startsWith(prefix)) continue;
      versionId = version.versionId;
      if (history[history.length - 1] !== version.runningStatus) history.push(version.runningStatus);
    }
    const ready = waiters;
    waiters = [];
    ready.forEach((wake) => wake());
  });
  await cdp.send('ServiceWorker.enable');
  const status = () => history[history.length - 1] ?? null;
  const waitFor = async (wanted: RunningStatus, timeoutMs = 15_000) => {
    const deadline = Date.now() + timeoutMs;
    while (status() !== wanted) {
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`the service worker did not reach '${wanted}' (statuses seen: ${history.join(' → ') || 'none'})`);
      await new Promise<void>((wake) => {
        const timer = setTimeout(wake, left);
        waiters.push(() => {
          clearTimeout(timer);
          wake();
        });
      });
    }
  };
  return {
    history,
    status,
    waitFor,
    async stop() {
      // the version is reported on enable; a worker already stopped needs nothing
      if (versionId === null) await waitFor('running', 5000).catch(() => undefined);
      if (versionId === null) throw new Error(`no service worker under ${prefix}`);
      if (status() === 'stopped') return;
      await cdp.send('ServiceWorker.stopWorker', { versionId });
      await waitFor('stopped');
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await page.close().catch(() => undefined);
    },
  };
}
