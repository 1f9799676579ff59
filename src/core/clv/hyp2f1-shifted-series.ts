/** ln ₂F₁(a, b; a+1; z) and its partial derivatives in a, b and z. */
export interface LogHyp2f1 {
  value: number;
  da: number;
  db: number;
  dz: number;
}

// Past this many terms z is so close to 1 that the fit is far from any sensible optimum.
const MAX_TERMS = 2_000_000;
// Sums are kept relative to a scale and rescaled before they could overflow.
const RESCALE = 1e250;
const LOG_RESCALE = Math.log(RESCALE);

/**
 * The series ₂F₁(a, b; a+1; z) = Σₙ tₙ, tₙ = a/(a+n)·(b)ₙ/n!·zⁿ, for a, b > 0 and 0 ≤ z < 1,
 * summed together with its derivatives: ∂tₙ/∂a = tₙ·n/(a(a+n)), ∂tₙ/∂b = tₙ·Σₖ₌₀ⁿ⁻¹ 1/(b+k),
 * ∂tₙ/∂z = tₙ·n/z. Every term is positive, so there is no cancellation; the result is returned
 * in logs (value = ln F, the derivatives those of ln F) and cannot overflow. stdlib's hyp2f1
 * gives the value alone; the Pareto/NBD gradient needs the derivatives in a and b too, which have
 * no closed form.
 */
export function logHyp2f1ShiftedWithDerivatives(a: number, b: number, z: number): LogHyp2f1 {
  if (z === 0) return { value: 0, da: 0, db: 0, dz: (a * b) / (a + 1) };
  let u = 1; // (b)ₙ/n!·zⁿ relative to the scale
  let logScale = 0;
  let s0 = 1;
  let sa = 0;
  let sb = 0;
  let sn = 0;
  let harmonic = 0;
  // Past the largest term, tₙ shrinks at least geometrically.
  const peak = Math.max(0, ((b - 1) * z) / (1 - z));
  for (let n = 1; n < MAX_TERMS; n++) {
    harmonic += 1 / (b + n - 1);
    u *= ((b + n - 1) / n) * z;
    if (u > RESCALE) {
      u /= RESCALE;
      s0 /= RESCALE;
      sa /= RESCALE;
      sb /= RESCALE;
      sn /= RESCALE;
      logScale += LOG_RESCALE;
    }
    const t = (u * a) / (a + n);
    const ta = (t * n) / (a * (a + n));
    const tb = t * harmonic;
    const tn = t * n;
    s0 += t;
    sa += ta;
    sb += tb;
    sn += tn;
    if (n > peak && t <= 1e-17 * s0 && ta <= 1e-17 * sa && tb <= 1e-17 * sb && tn <= 1e-17 * sn)
      return { value: logScale + Math.log(s0), da: sa / s0, db: sb / s0, dz: sn / (z * s0) };
  }
  return { value: NaN, da: NaN, db: NaN, dz: NaN };
}
