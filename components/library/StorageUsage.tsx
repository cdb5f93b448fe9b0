import { useEffect, useState } from 'preact/hooks';

interface Usage {
  usage?: number;
  quota?: number;
  persisted?: boolean;
}

const mb = (n: number) => (n < 2 ** 30 ? `${(n / 2 ** 20).toFixed(1)} MB` : `${(n / 2 ** 30).toFixed(1)} GB`);

/**
 * How much disk the library uses (`navigator.storage.estimate()`) and
 * whether the browser promised to keep it (`persist()`), asked here once.
 */
export function StorageUsage({ refresh }: { refresh: unknown }) {
  const [u, setU] = useState<Usage>({});
  useEffect(() => {
    let live = true;
    void (async () => {
      const s = navigator.storage;
      if (!s) return;
      const persisted = (await s.persisted?.().catch(() => false)) || (await s.persist?.().catch(() => false));
      const est = await s.estimate?.().catch(() => undefined);
      if (live) setU({ usage: est?.usage, quota: est?.quota, persisted });
    })();
    return () => {
      live = false;
    };
  }, [refresh]);
  if (u.usage === undefined) return null;
  return (
    <p class="lib-usage" data-testid="storage-usage">
      {mb(u.usage)} used
      {u.quota ? ` of ${mb(u.quota)} available` : ''}
      {u.persisted ? ' · kept by the browser when disk runs low' : ' · the browser may clear it when disk runs low'}
    </p>
  );
}
