/** One schema step of the app store; `version` orders them and is recorded once applied. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/**
 * The store's schema history, oldest first. Append only: an applied migration is never edited,
 * because stores in the field already ran it.
 */
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'imports',
    // file_hash is nullable: an attempt on a missing file is still logged, with nothing to hash.
    sql: `
      CREATE TABLE imports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        file TEXT NOT NULL,
        file_hash TEXT,
        table_name TEXT NOT NULL,
        format TEXT,
        encoding TEXT,
        rows_read INTEGER NOT NULL DEFAULT 0,
        rows_inserted INTEGER NOT NULL DEFAULT 0,
        rows_replaced INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL,
        error_count INTEGER NOT NULL DEFAULT 0,
        message TEXT,
        started_at TEXT NOT NULL,
        finished_at TEXT
      );
      CREATE INDEX imports_hash ON imports (file_hash, table_name, status);
    `,
  },
  {
    version: 2,
    name: 'accounts',
    // Only sha256 digests of session and API tokens are kept: a leaked store opens no sessions.
    sql: `
      CREATE TABLE users (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        login TEXT NOT NULL UNIQUE COLLATE NOCASE,
        name TEXT NOT NULL,
        role TEXT NOT NULL CHECK (role IN ('owner', 'analyst', 'manager', 'employee')),
        password_hash TEXT NOT NULL,
        lang TEXT NOT NULL DEFAULT 'ru' CHECK (lang IN ('ru', 'en')),
        created_at TEXT NOT NULL
      );
      CREATE TABLE sessions (
        token_hash TEXT PRIMARY KEY,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        csrf_token TEXT NOT NULL,
        created_at TEXT NOT NULL,
        last_seen_at TEXT NOT NULL,
        expires_at TEXT NOT NULL
      );
      CREATE INDEX sessions_user ON sessions (user_id);
      CREATE TABLE api_tokens (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        token_hash TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        user_id INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        last_used_at TEXT
      );
    `,
  },
  {
    version: 3,
    name: 'kpi plans',
    // Money in integer kopecks: exact, and summed in SQL without float drift. Bounds and splits are
    // columns (not constants) because METHODOLOGY §3 makes every one of them a parameter.
    sql: `
      CREATE TABLE kpi_employees (
        id TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        position TEXT,
        channels TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL
      );
      CREATE TABLE kpi_plans (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        employee_id TEXT NOT NULL REFERENCES kpi_employees (id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        bonus_kopecks INTEGER NOT NULL,
        discretionary_kopecks INTEGER NOT NULL DEFAULT 0,
        split_leads REAL NOT NULL,
        split_tasks REAL NOT NULL,
        corridor_floor REAL NOT NULL,
        corridor_cap REAL NOT NULL,
        quality_plan REAL NOT NULL,
        quality_cap REAL NOT NULL,
        task_floor REAL NOT NULL,
        task_cap REAL NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (employee_id, period)
      );
      CREATE TABLE kpi_plan_kpis (
        plan_id INTEGER NOT NULL REFERENCES kpi_plans (id) ON DELETE CASCADE,
        kpi TEXT NOT NULL,
        weight REAL NOT NULL,
        plan REAL,
        base REAL,
        norm REAL,
        target REAL,
        cap REAL,
        PRIMARY KEY (plan_id, kpi)
      );
      CREATE TABLE kpi_tasks (
        plan_id INTEGER NOT NULL REFERENCES kpi_plans (id) ON DELETE CASCADE,
        task_id TEXT NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL,
        completion REAL,
        PRIMARY KEY (plan_id, task_id)
      );
      CREATE TABLE kpi_facts (
        plan_id INTEGER NOT NULL REFERENCES kpi_plans (id) ON DELETE CASCADE,
        kpi TEXT NOT NULL,
        value REAL,
        source TEXT NOT NULL,
        entered_at TEXT NOT NULL,
        PRIMARY KEY (plan_id, kpi)
      );
    `,
  },
  {
    version: 4,
    name: 'analyst register',
    // Dates are ISO text (YYYY-MM-DD): compared as text, they sort as dates. The calendar table holds
    // only the company's own changes; the bundled production calendar stays a data file.
    sql: `
      CREATE TABLE kpi_report_norms (
        type TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        days REAL NOT NULL CHECK (days > 0),
        updated_at TEXT NOT NULL
      );
      CREATE TABLE kpi_reports (
        employee_id TEXT NOT NULL REFERENCES kpi_employees (id) ON DELETE CASCADE,
        entry_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('regular', 'adhoc')),
        type TEXT NOT NULL,
        title TEXT NOT NULL,
        due TEXT,
        agreed TEXT,
        requested TEXT,
        delivered TEXT,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, entry_id)
      );
      CREATE TABLE kpi_report_remarks (
        employee_id TEXT NOT NULL,
        entry_id TEXT NOT NULL,
        date TEXT NOT NULL,
        text TEXT NOT NULL,
        FOREIGN KEY (employee_id, entry_id) REFERENCES kpi_reports (employee_id, entry_id) ON DELETE CASCADE
      );
      CREATE INDEX kpi_report_remarks_entry ON kpi_report_remarks (employee_id, entry_id);
      CREATE TABLE kpi_analyst_plans (
        employee_id TEXT NOT NULL REFERENCES kpi_employees (id) ON DELETE CASCADE,
        period TEXT NOT NULL,
        bonus_kopecks INTEGER NOT NULL,
        corridor_floor REAL NOT NULL,
        corridor_cap REAL NOT NULL,
        acceptance_days INTEGER NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, period)
      );
      CREATE TABLE kpi_analyst_kpis (
        employee_id TEXT NOT NULL,
        period TEXT NOT NULL,
        kpi TEXT NOT NULL,
        weight REAL NOT NULL,
        plan REAL,
        base REAL,
        norm REAL,
        target REAL,
        cap REAL,
        PRIMARY KEY (employee_id, period, kpi),
        FOREIGN KEY (employee_id, period) REFERENCES kpi_analyst_plans (employee_id, period) ON DELETE CASCADE
      );
      CREATE TABLE work_calendar_days (
        date TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('holiday', 'workday')),
        name TEXT NOT NULL
      );
    `,
  },
  {
    version: 5,
    name: 'user employee link',
    // A workbench user who is also someone with a motivation sheet; an employee-role user sees only
    // the sheets of the employee linked here. Unlinking (or deleting the employee) hides them all.
    sql: `
      ALTER TABLE users ADD COLUMN employee_id TEXT REFERENCES kpi_employees (id) ON DELETE SET NULL;
    `,
  },
  {
    version: 6,
    name: 'user formula trees',
    // Formula trees the company defined (JSON/YAML as uploaded, validated before it lands here), so
    // the workbench and the API can use them by id like the presets.
    sql: `
      CREATE TABLE user_models (
        id TEXT PRIMARY KEY,
        definition TEXT NOT NULL,
        created_by INTEGER REFERENCES users (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL
      );
    `,
  },
  {
    version: 7,
    name: 'kpi quarter plans',
    // Quarterly plans (METHODOLOGY §3: ROMI, MRE and calendar tasks) per employee and quarter
    // ('2024-Q1'). A KPI's manual fact lives on its row with the source it came from; without one
    // the sheet computes the fact from the warehouse. How ROMI is read from the data (LTV by margin
    // or revenue, its horizon, costs outside the spend table) is part of the plan, agreed up front.
    sql: `
      CREATE TABLE kpi_quarter_plans (
        employee_id TEXT NOT NULL REFERENCES kpi_employees (id) ON DELETE CASCADE,
        quarter TEXT NOT NULL CHECK (quarter GLOB '[0-9][0-9][0-9][0-9]-Q[1-4]'),
        bonus_kopecks INTEGER NOT NULL,
        split_kpis REAL NOT NULL,
        split_tasks REAL NOT NULL,
        corridor_floor REAL NOT NULL,
        corridor_cap REAL NOT NULL,
        task_floor REAL NOT NULL,
        task_cap REAL NOT NULL,
        romi_basis TEXT NOT NULL CHECK (romi_basis IN ('margin', 'revenue')),
        ltv_months INTEGER NOT NULL,
        other_costs_kopecks INTEGER NOT NULL DEFAULT 0,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (employee_id, quarter)
      );
      CREATE TABLE kpi_quarter_kpis (
        employee_id TEXT NOT NULL,
        quarter TEXT NOT NULL,
        ord INTEGER NOT NULL,
        kpi TEXT NOT NULL,
        weight REAL NOT NULL,
        plan REAL,
        base REAL,
        norm REAL,
        target REAL,
        cap REAL,
        fact REAL,
        fact_source TEXT,
        fact_entered_at TEXT,
        CHECK ((fact IS NULL) = (fact_source IS NULL)),
        PRIMARY KEY (employee_id, quarter, kpi),
        FOREIGN KEY (employee_id, quarter) REFERENCES kpi_quarter_plans (employee_id, quarter) ON DELETE CASCADE
      );
      CREATE TABLE kpi_quarter_tasks (
        employee_id TEXT NOT NULL,
        quarter TEXT NOT NULL,
        ord INTEGER NOT NULL,
        task_id TEXT NOT NULL,
        name TEXT NOT NULL,
        weight REAL NOT NULL,
        completion REAL,
        PRIMARY KEY (employee_id, quarter, task_id),
        FOREIGN KEY (employee_id, quarter) REFERENCES kpi_quarter_plans (employee_id, quarter) ON DELETE CASCADE
      );
    `,
  },
  {
    version: 8,
    name: 'kpi designs',
    // The KPI designer's positions per formula tree: who each KPI is decisive for and, when the
    // company set them, each KPI's share of the position's bonus (all NULL: an equal split). Version
    // 7 is the quarterly plans' step; the migrator applies versions in order whatever the gaps.
    sql: `
      CREATE TABLE kpi_designs (
        model TEXT PRIMARY KEY,
        updated_at TEXT NOT NULL,
        updated_by INTEGER REFERENCES users (id) ON DELETE SET NULL
      );
      CREATE TABLE kpi_design_positions (
        model TEXT NOT NULL REFERENCES kpi_designs (model) ON DELETE CASCADE,
        position_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        name TEXT NOT NULL,
        bonus_kopecks INTEGER,
        PRIMARY KEY (model, position_id)
      );
      CREATE TABLE kpi_design_kpis (
        model TEXT NOT NULL,
        position_id TEXT NOT NULL,
        ord INTEGER NOT NULL,
        kpi TEXT NOT NULL,
        weight REAL,
        PRIMARY KEY (model, position_id, kpi),
        FOREIGN KEY (model, position_id) REFERENCES kpi_design_positions (model, position_id) ON DELETE CASCADE
      );
    `,
  },
  {
    version: 9,
    name: 'warehouse facts',
    // What a scan of the warehouse learnt about its data (are order ids unique?), kept per
    // warehouse version so a fresh process asks the million-row question once per import, not
    // once per command. Rows of older versions are never read and are dropped as new ones come.
    sql: `
      CREATE TABLE warehouse_facts (
        version INTEGER NOT NULL,
        name TEXT NOT NULL,
        value TEXT NOT NULL,
        PRIMARY KEY (version, name)
      );
    `,
  },
  {
    version: 10,
    name: 'import owner process',
    // Which process runs an import (pid, and its start time where the system tells), so the next
    // start can tell an import left 'running' by a killed process from one still under way.
    sql: `
      ALTER TABLE imports ADD COLUMN pid INTEGER;
      ALTER TABLE imports ADD COLUMN pid_started TEXT;
    `,
  },
  {
    version: 11,
    name: 'journey map',
    // The company's own customer journey map (issue 15): one per company, its stages as the JSON
    // the contract describes (checked on the way in), with who saved it and when.
    sql: `
      CREATE TABLE journey_map (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        preset TEXT NOT NULL,
        stages TEXT NOT NULL,
        saved_by INTEGER,
        saved_at TEXT NOT NULL
      );
    `,
  },
];
