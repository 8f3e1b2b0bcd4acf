'use strict';
module.exports = parseInt;
