import { describe, expect, it } from 'vitest';
import { bumpVersion, releaseChangelog } from '../../scripts/release';

describe('npm run release (issue #10)', () => {
  it.each([
    ['0.1.0', 'patch', '0.1.1'],
    ['0.1.9', 'minor', '0.2.0'],
    ['0.9.3', 'major', '1.0.0'],
  ] as const)('bumps %s by %s to %s', (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });

  it('moves the Unreleased entries under the new version and date, and leaves an empty Unreleased', () => {
    const before =
      '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n### Added\n\n- New thing.\n\n## [0.1.0] - 2026-01-01\n\n- Old.\n';
    expect(releaseChangelog(before, '0.2.0', '2026-12-01')).toBe(
      '# Changelog\n\nIntro.\n\n## [Unreleased]\n\n## [0.2.0] - 2026-12-01\n\n### Added\n\n- New thing.\n\n## [0.1.0] - 2026-01-01\n\n- Old.\n',
    );
  });

  it('refuses to release an empty Unreleased section', () => {
    expect(() => releaseChangelog('## [Unreleased]\n\n## [0.1.0] - 2026-01-01\n', '0.1.1', '2026-12-01')).toThrow(
      /empty/,
    );
  });
});
