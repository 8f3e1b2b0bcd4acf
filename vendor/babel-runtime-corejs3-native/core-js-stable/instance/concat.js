'use strict';
// the object's own method (strings and arrays), called by the compiled code with .call(it, ...)
module.exports = function (it) { return it.concat; };
