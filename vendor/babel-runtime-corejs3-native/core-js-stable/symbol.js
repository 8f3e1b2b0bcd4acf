'use strict';
module.exports = Symbol;
