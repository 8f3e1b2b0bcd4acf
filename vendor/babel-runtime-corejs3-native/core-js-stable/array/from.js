'use strict';
module.exports = Array.from;
