import Database from 'better-sqlite3';
import { formatMoney, formatNumber, formatPct, type Lang } from '../i18n/index.ts';

/**
 * Called as a command starts opening the warehouse. DuckDB opens the file on its own threads
 * while the main thread would wait idle, so the main thread uses that wait for two things the
 * command needs next and that cost tens of milliseconds the first time: the app store's SQLite
 * binding (loaded on first use in the compiled CLI; the store opens right after the warehouse)
 * and Intl's number formats (ICU loads its locale data on the first one; not for --json, which
 * formats nothing). Done later, the same work would add to the command's time instead.
 */
export function warmUpWhileOpening(lang: Lang, formats: boolean): void {
  setImmediate(() => {
    // Reading any property loads the package behind the compiled CLI's stand-in.
    void Database.prototype;
    if (!formats) return;
    formatMoney(0, lang);
    formatNumber(0, lang);
    formatPct(0, lang);
  });
}
