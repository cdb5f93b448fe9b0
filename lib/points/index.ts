import type { MainPoint, PointsSource } from '../types';
import type { TextBlock } from '../text/blocks';

/** What the main-points step reads. */
export interface PointsInput {
  title: string;
  lang?: string;
  /** The article's text blocks, each element carrying `data-precis-block`. */
  blocks: TextBlock[];
  /** How many points to choose. */
  count: number;
}

/**
 * Chooses the article's main points (issue #5).
 */
export function pickPoints(input: PointsInput): { points: MainPoint[]; source: PointsSource } {
  void input;
  return { points: [], source: 'none' };
}
