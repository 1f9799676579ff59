import { describe, expect, it } from 'vitest';
import { createRng } from '../../../src/generate/prng.ts';
import { compressSummaries, fitBgNbd, fitGammaGamma } from '../../../src/core/clv/index.ts';
import { simulateBgNbd, simulateGammaGamma } from './simulate.ts';

// A parameter is recovered when the truth lies within three standard errors of the estimate.
function expectRecovered(
  fit: { params: Record<string, number>; standardErrors: Record<string, number | null> },
  truth: Record<string, number>,
) {
  for (const [name, value] of Object.entries(truth)) {
    const se = fit.standardErrors[name];
    expect(se, name).not.toBeNull();
    expect(Math.abs((fit.params[name] as number) - value), name).toBeLessThan(3 * (se as number));
  }
}

describe('recovering known parameters from data the models simulate', () => {
  it('BG/NBD', () => {
    const truth = { r: 0.5, alpha: 6, a: 0.9, b: 3 };
    const data = simulateBgNbd(createRng(7), truth, 8000, 52, 26);
    const fit = fitBgNbd(compressSummaries(data), [1, 1, 1, 1]);
    expect(fit.convergence).toBe('converged');
    expectRecovered(fit, truth);
  });

  it('Gamma-Gamma', () => {
    const truth = { p: 4, q: 3, gamma: 20 };
    const rng = createRng(3);
    const xs = Array.from({ length: 5000 }, () => 1 + Math.floor(rng() * 8));
    const fit = fitGammaGamma(compressSummaries(simulateGammaGamma(rng, truth, xs)));
    expect(fit.convergence).toBe('converged');
    expectRecovered(fit, truth);
  });
});
