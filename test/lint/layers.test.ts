import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules live in eslint.config.js; this runs them on imports written for the purpose, so
// a rule that stops holding (a pattern that no longer matches, a layer dropped) fails here.
const root = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

/** The rules the linter reports for `code` as if it stood at `file` (a path under the root). */
async function broken(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}/${file}` });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

const RESTRICTED = '@typescript-eslint/no-restricted-imports';
const uses = (name: string) => `\nexport const x = ${name};\n`;

describe('layers held by the linter (eslint.config.js)', () => {
  it('core is pure: no engine, no store, no Node; pure i18n is fine', async () => {
    expect(
      await broken(
        'src/core/formula/x.ts',
        `import { openDuckDb } from '../../engines/duckdb/index.ts';${uses('openDuckDb')}`,
      ),
    ).toContain(RESTRICTED);
    expect(
      await broken('src/core/formula/x.ts', `import { readFileSync } from 'node:fs';${uses('readFileSync')}`),
    ).toContain(RESTRICTED);
    expect(
      await broken(
        'src/core/formula/x.ts',
        `import { addUser } from '../../services/index.ts';${uses('addUser')}`,
      ),
    ).toContain(RESTRICTED);
    expect(
      await broken('src/core/formula/x.ts', `import { textOf } from '../../i18n/index.ts';${uses('textOf')}`),
    ).toEqual([]);
  });

  it('sql takes only types from core and nothing from the engines', async () => {
    expect(
      await broken(
        'src/sql/x.ts',
        `import type { Period } from '../core/period/index.ts';\nexport type P = Period;\n`,
      ),
    ).toEqual([]);
    expect(
      await broken(
        'src/sql/x.ts',
        `import { parsePeriod } from '../core/period/index.ts';${uses('parsePeriod')}`,
      ),
    ).toContain(RESTRICTED);
    expect(
      await broken(
        'src/sql/x.ts',
        `import type { Engine } from '../engines/engine.ts';\nexport type E = Engine;\n`,
      ),
    ).toContain(RESTRICTED);
  });

  it('the CLI and the server reach sql, engines and stores only through services', async () => {
    for (const file of ['src/cli/commands/x.ts', 'src/server/routes/formula/x.ts']) {
      const up = file.startsWith('src/cli') ? '../..' : '../../..';
      expect(
        await broken(
          file,
          `import { openDuckDb } from '${up}/engines/duckdb/index.ts';${uses('openDuckDb')}`,
        ),
        file,
      ).toContain(RESTRICTED);
      expect(
        await broken(
          file,
          `import { measureQueries } from '${up}/sql/formula/measures.ts';${uses('measureQueries')}`,
        ),
        file,
      ).toContain(RESTRICTED);
      expect(
        await broken(file, `import { ROLES } from '${up}/store/index.ts';${uses('ROLES')}`),
        file,
      ).toContain(RESTRICTED);
      expect(
        await broken(file, `import { ROLES } from '${up}/services/index.ts';${uses('ROLES')}`),
        file,
      ).toEqual([]);
    }
  });

  it('the workbench imports from src/ only the contract and i18n', async () => {
    expect(
      await broken(
        'web/src/pages/x.ts',
        `import { addUser } from '../../../src/services/index.ts';${uses('addUser')}`,
      ),
    ).toContain(RESTRICTED);
    expect(
      await broken(
        'web/src/pages/x.ts',
        `import { parsePeriod } from '../../../src/core/period/index.ts';${uses('parsePeriod')}`,
      ),
    ).toContain(RESTRICTED);
    expect(
      await broken(
        'web/src/pages/x.ts',
        `import type { Lang } from '../../../src/i18n/index.ts';\nexport type L = Lang;\n`,
      ),
    ).toEqual([]);
  });

  it('React hooks are linted in the workbench', async () => {
    const code = `import { useState } from 'react';\nexport function C({ on }: { on: boolean }) {\n  if (on) useState(0);\n  return null;\n}\n`;
    expect(await broken('web/src/components/x.tsx', code)).toContain('react-hooks/rules-of-hooks');
  });
});
