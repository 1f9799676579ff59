import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import {
  MIGRATIONS,
  employeeOfUser,
  linkUserEmployee,
  migrate,
  registerEntries,
  saveKpiEmployee,
  saveRegisterEntries,
  type Store,
} from '../../src/store/index.ts';

const clock = () => new Date('2025-06-01T09:00:00Z');

/** A store migrated to `upTo` (all by default), as a Store. */
function storeAt(db: Database.Database, upTo = Infinity): Store {
  db.pragma('foreign_keys = ON');
  migrate(
    db,
    MIGRATIONS.filter((m) => m.version <= upTo),
    clock,
  );
  return { db, clock, close: () => db.close() };
}

describe('the analyst register in the store', () => {
  it('keeps entries with their remarks, and replaces the remarks when an entry is saved again', () => {
    const store = storeAt(new Database(':memory:'));
    saveKpiEmployee(store, { id: 'olga', name: 'Ольга', position: 'analyst', channels: [] });
    const r1 = {
      id: 'R1',
      kind: 'regular' as const,
      type: 'weekly',
      title: 'Каналы',
      due: '2025-05-05',
      delivered: '2025-05-05',
      remarks: [
        { date: '2025-05-12', text: 'нет Директа' },
        { date: '2025-05-06', text: 'опечатка' },
      ],
    };
    saveRegisterEntries(store, 'olga', [r1]);
    expect(registerEntries(store, 'olga')).toEqual([
      {
        ...r1,
        remarks: [
          { date: '2025-05-06', text: 'опечатка' },
          { date: '2025-05-12', text: 'нет Директа' },
        ],
      },
    ]);
    saveRegisterEntries(store, 'olga', [{ ...r1, remarks: [] }]);
    expect(registerEntries(store, 'olga')[0]!.remarks).toEqual([]);
  });

  it('adds the user → employee link to a store that already has users, unlinking when the employee goes', () => {
    const db = new Database(':memory:');
    storeAt(db, 3);
    db.prepare(
      `INSERT INTO users (login, name, role, password_hash, created_at) VALUES ('anna', 'Анна', 'employee', 'x', '2025-01-01')`,
    ).run();
    const store = storeAt(db);
    const { id } = db.prepare('SELECT id FROM users').get() as { id: number };
    expect(employeeOfUser(store, id)).toBeNull();
    saveKpiEmployee(store, { id: 'anna', name: 'Анна', position: null, channels: [] });
    expect(linkUserEmployee(store, id, 'anna')).toBe(true);
    expect(employeeOfUser(store, id)).toBe('anna');
    expect(() => linkUserEmployee(store, id, 'nobody')).toThrow(/FOREIGN KEY/);
    db.prepare('DELETE FROM kpi_employees WHERE id = ?').run('anna');
    expect(employeeOfUser(store, id)).toBeNull();
  });
});
