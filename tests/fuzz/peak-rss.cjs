// Preloaded (`node --require`) into a child under test: reports the child's peak resident set size on stderr as it exits.
// Stderr, not a file: a child may run under a file-size limit (the stand-in for a full disk), which a pipe does not count against.
const { writeSync } = require('node:fs');

process.on('exit', () => writeSync(2, `\npeak-rss-kb=${process.resourceUsage().maxRSS}\n`));
