// A write time that does not move, for tests that compare what two stores or two exports hold:
// `Article.ingestedAt` is otherwise the time of each store's own write.
import type { Clock } from '../../src/store/article-writes.js'

export const FIXED_CLOCK: Clock = () => '2024-06-01T08:00:00.000Z'
