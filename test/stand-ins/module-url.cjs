// CommonJS stand-in for src/mistral/module-url.ts under Jest (see its comment).
const { pathToFileURL } = require('node:url');
exports.moduleUrl = () => pathToFileURL(__filename).href;
