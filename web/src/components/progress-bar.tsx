/** A labelled progress bar; without a fraction it shows work going on of unknown length. */
export function ProgressBar({ label, fraction }: { label: string; fraction: number | null }) {
  const pct = fraction === null ? null : Math.round(fraction * 100);
  return (
    <div className="progress" role="status" data-testid="progress">
      <span>
        {label}
        {pct === null ? '' : ` — ${pct}%`}
      </span>
      {pct === null ? <progress aria-label={label} /> : <progress aria-label={label} max={100} value={pct} />}
    </div>
  );
}
