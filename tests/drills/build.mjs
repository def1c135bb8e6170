// `node tests/drills/build.mjs`: the drills' own build (also done by each drill when missing).
import { ensureBuild } from './drill-harness.mjs'

await ensureBuild()
