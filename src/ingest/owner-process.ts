import { readFileSync } from 'node:fs';

/**
 * Which process owns an import: its pid and, where the system tells, when that process started.
 * A pid alone is not enough to call an owner dead or alive: pids are reused, so after a crash
 * and a reboot another program may hold the same number. On Linux the start time (clock ticks
 * since boot, field 22 of /proc/PID/stat) tells the two apart; elsewhere it is null and the pid
 * is all there is.
 */
export interface OwnerProcess {
  readonly pid: number;
  readonly started: string | null;
}

// Field 22 of /proc/PID/stat; the command name (field 2) may hold spaces and parentheses, so
// fields are counted after its closing parenthesis.
function startTicks(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

/** This process, as recorded on the import log rows and temp folders it creates. */
export function thisProcess(): OwnerProcess {
  return { pid: process.pid, started: startTicks(process.pid) };
}

/** Whether the process that recorded `owner` is still running (the same process, not a reuse of its pid). */
export function isAlive(owner: OwnerProcess): boolean {
  if (owner.pid === process.pid) return owner.started === null || owner.started === startTicks(process.pid);
  try {
    // Signal 0 checks existence only; EPERM means it exists but belongs to someone else.
    process.kill(owner.pid, 0);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  if (owner.started === null) return true;
  const now = startTicks(owner.pid);
  return now === null || now === owner.started;
}
