import { expect } from '@open-wc/testing';
import { lazyModule } from './lazy-module.js';

describe('lazyModule', () => {
  it('fetches once and keeps the module', async () => {
    let fetches = 0;
    const part = lazyModule(() => Promise.resolve({ value: ++fetches }));
    expect(part.current()).to.equal(undefined);
    const [a, b] = await Promise.all([part.load(), part.load()]);
    expect(a).to.equal(b);
    expect(part.current()).to.deep.equal({ value: 1 });
    await part.load();
    expect(fetches).to.equal(1);
  });

  it('says a fetch failed, and fetches again when asked after a failure', async () => {
    let attempts = 0;
    const part = lazyModule(() =>
      ++attempts === 1 ? Promise.reject(new Error('réseau coupé')) : Promise.resolve({ ok: true }),
    );
    let error: unknown;
    await part.load().catch((caught: unknown) => (error = caught));
    expect(String(error)).to.contain('réseau coupé');
    expect(part.failed()).to.equal(true);
    expect(part.current()).to.equal(undefined);
    const retry = part.load();
    expect(part.failed(), 'not while a new fetch is under way').to.equal(false);
    expect(await retry).to.deep.equal({ ok: true });
    expect(part.failed()).to.equal(false);
    expect(attempts).to.equal(2);
  });

  it('fetches ahead of need, and forgets a failed prefetch so that the first real need fetches again', async () => {
    let attempts = 0;
    const part = lazyModule(() =>
      ++attempts === 1 ? Promise.reject(new Error('réseau coupé')) : Promise.resolve({ ok: true }),
    );
    part.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(attempts).to.equal(1);
    expect(part.failed(), 'nobody asked yet: no « Réessayer »').to.equal(false);
    part.prefetch();
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await part.load()).to.deep.equal({ ok: true });
    part.prefetch();
    expect(attempts, 'nothing fetched again once here').to.equal(2);
  });
});
