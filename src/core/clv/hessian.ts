/**
 * Standard errors from the observed information: the inverse of minus the numeric Hessian of the
 * log-likelihood in the natural parameters. Null entries when the matrix is not invertible or the
 * point is not a maximum (a variance would come out negative).
 */
export function standardErrors(ll: (theta: number[]) => number, theta: readonly number[]): (number | null)[] {
  const n = theta.length;
  const h = theta.map((v) => 1e-4 * Math.max(Math.abs(v), 1e-3));
  const at = (d: Record<number, number>) => ll(theta.map((v, i) => v + (d[i] ?? 0)));
  const H: number[][] = Array.from({ length: n }, () => new Array<number>(n).fill(0));
  const f0 = at({});
  for (let i = 0; i < n; i++) {
    const hi = h[i] as number;
    H[i]![i] = (at({ [i]: hi }) - 2 * f0 + at({ [i]: -hi })) / (hi * hi);
    for (let j = 0; j < i; j++) {
      const hj = h[j] as number;
      const v =
        (at({ [i]: hi, [j]: hj }) -
          at({ [i]: hi, [j]: -hj }) -
          at({ [i]: -hi, [j]: hj }) +
          at({ [i]: -hi, [j]: -hj })) /
        (4 * hi * hj);
      H[i]![j] = v;
      H[j]![i] = v;
    }
  }
  return fromInformation(H.map((row) => row.map((v) => -v)));
}

/**
 * The same standard errors from the analytic gradient: the Hessian by central differences of
 * the gradient, 2n evaluations instead of the 2n² + 1 the second differences of the value take;
 * n by forward differences when the gradient at θ is already known (the error, O(h) with h a
 * hundred-thousandth of each parameter, is far below the standard errors' own precision).
 */
export function standardErrorsFromGradient(
  gradient: (theta: number[]) => number[],
  theta: readonly number[],
  /** The gradient at θ when known: forward differences then halve the evaluations. */
  atTheta?: readonly number[],
): (number | null)[] {
  const n = theta.length;
  const columns = theta.map((v, j) => {
    const h = 1e-5 * Math.max(Math.abs(v), 1e-3);
    const up = gradient(theta.map((u, k) => (k === j ? u + h : u)));
    if (atTheta) return up.map((g, i) => (g - atTheta[i]!) / h);
    const down = gradient(theta.map((u, k) => (k === j ? u - h : u)));
    return up.map((g, i) => (g - down[i]!) / (2 * h));
  });
  const H = Array.from({ length: n }, (_, i) =>
    Array.from({ length: n }, (_, j) => -(columns[j]![i]! + columns[i]![j]!) / 2),
  );
  return fromInformation(H);
}

/** Standard errors from the log-likelihood's analytic Hessian at the optimum. */
export function standardErrorsFromHessian(hessian: readonly (readonly number[])[]): (number | null)[] {
  return fromInformation(hessian.map((row) => row.map((v) => -v)));
}

// Standard errors from the observed information matrix (minus the Hessian).
function fromInformation(info: number[][]): (number | null)[] {
  const cov = invert(info);
  return info.map((_, i) => {
    const v = cov?.[i]?.[i];
    return v !== undefined && Number.isFinite(v) && v > 0 ? Math.sqrt(v) : null;
  });
}

/** Gauss–Jordan inverse with partial pivoting; null for a singular matrix. */
export function invert(m: readonly (readonly number[])[]): number[][] | null {
  const n = m.length;
  const a = m.map((row, i) => [...row, ...Array.from({ length: n }, (_, j) => (i === j ? 1 : 0))]);
  for (let c = 0; c < n; c++) {
    let p = c;
    for (let r = c + 1; r < n; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[p]![c]!)) p = r;
    if (!(Math.abs(a[p]![c]!) > 1e-300)) return null;
    [a[c], a[p]] = [a[p]!, a[c]!];
    const pivot = a[c]![c]!;
    a[c] = a[c]!.map((v) => v / pivot);
    for (let r = 0; r < n; r++) {
      if (r === c) continue;
      const factor = a[r]![c]!;
      a[r] = a[r]!.map((v, k) => v - factor * a[c]![k]!);
    }
  }
  return a.map((row) => row.slice(n));
}
