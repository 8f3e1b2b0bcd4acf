'use strict';
// the flags of a regex (a value, as core-js returns it)
module.exports = function (it) { return it.flags; };
