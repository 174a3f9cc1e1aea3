// What clasp pushes: exactly the three built files, and a manifest asking for the fewest scopes.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(__dirname, '../..');

describe('the deployable project', () => {
  it('clasp lists exactly Code.js, Sidebar.html and appsscript.json from dist/', () => {
    const status = JSON.parse(execFileSync(join(root, 'node_modules/.bin/clasp'), ['status', '--json'], { cwd: root, encoding: 'utf8' }));
    expect([...status.filesToPush].sort()).toEqual(['dist/Code.js', 'dist/Sidebar.html', 'dist/appsscript.json']);
  });

  it('asks only for this spreadsheet, its own UI, and the email that signs Stage History', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'dist/appsscript.json'), 'utf8'));
    expect(manifest.runtimeVersion).toBe('V8');
    expect(manifest.oauthScopes).toEqual([
      'https://www.googleapis.com/auth/spreadsheets.currentonly',
      'https://www.googleapis.com/auth/script.container.ui',
      'https://www.googleapis.com/auth/userinfo.email',
    ]);
  });
});
