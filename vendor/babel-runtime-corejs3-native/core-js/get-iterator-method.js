'use strict';
module.exports = function (it) { return it == null ? undefined : it[Symbol.iterator]; };
