'use strict';
module.exports = Object.defineProperty;
