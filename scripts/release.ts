/**
 * npm run release -- <patch|minor|major> (issue #10): bumps the version in
 * package.json (and package-lock.json), moves CHANGELOG.md's Unreleased
 * section under the new version with today's date, checks the Firefox build
 * with web-ext lint, and writes the store packages: the Chrome zip, the
 * Firefox zip and the sources zip for AMO.
 * It commits and tags nothing; check the changes, then commit and tag.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export type Bump = 'patch' | 'minor' | 'major';

/** The next semantic version. */
export function bumpVersion(version: string, bump: Bump): string {
  const m = /^(\d+)\.(\d+)\.(\d+)$/.exec(version);
  if (!m) throw new Error(`not a plain x.y.z version: ${version}`);
  const [major, minor, patch] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/** CHANGELOG.md with its Unreleased entries under `## [version] - date` and a new, empty Unreleased. */
export function releaseChangelog(changelog: string, version: string, date: string): string {
  const heading = /^## \[Unreleased\][^\n]*\n/m;
  const found = heading.exec(changelog);
  if (!found) throw new Error('CHANGELOG.md has no "## [Unreleased]" section.');
  const start = found.index + found[0].length;
  const next = changelog.slice(start).search(/^## \[/m);
  const body = next === -1 ? changelog.slice(start) : changelog.slice(start, start + next);
  if (!body.trim()) throw new Error('The Unreleased section of CHANGELOG.md is empty: nothing to release.');
  return `${changelog.slice(0, found.index)}## [Unreleased]\n\n## [${version}] - ${date}\n${body.replace(/^\n*/, '\n')}${next === -1 ? '' : changelog.slice(start + next)}`;
}

function main(): void {
  const bump = process.argv[2] as Bump | undefined;
  if (bump !== 'patch' && bump !== 'minor' && bump !== 'major') {
    console.error('usage: npm run release -- <patch|minor|major>');
    process.exit(2);
  }
  const root = join(import.meta.dirname, '..');
  const pkgPath = join(root, 'package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { version: string };
  const version = bumpVersion(pkg.version, bump);
  const changelogPath = join(root, 'CHANGELOG.md');
  const changelog = releaseChangelog(
    readFileSync(changelogPath, 'utf8'),
    version,
    new Date().toISOString().slice(0, 10),
  );

  // npm version also updates package-lock.json; no git commit or tag.
  execFileSync('npm', ['version', version, '--no-git-tag-version'], { cwd: root, stdio: 'inherit' });
  writeFileSync(changelogPath, changelog);
  // The Firefox package must pass AMO's linter with no warning before it is zipped.
  for (const script of ['test:firefox-lint', 'zip', 'zip:firefox']) {
    execFileSync('npm', ['run', script], { cwd: root, stdio: 'inherit' });
  }
  console.log(`\nPrecis ${version}: .output/precis-${version}-{chrome,firefox,sources}.zip`);
  console.log(`Check the changes, then: git commit -am "Release ${version}" && git tag v${version}`);
}

if (process.argv[1] && import.meta.filename === process.argv[1]) main();
