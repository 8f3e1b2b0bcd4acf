'use strict';
module.exports = Object.setPrototypeOf;
