'use strict';
// [a, b] = iterable: the first `e` items (all when `e` is undefined).
function _slicedToArray(r, e) {
  if (Array.isArray(r)) return r;
  if (r == null || typeof r[Symbol.iterator] !== "function") throw new TypeError("Invalid attempt to destructure non-iterable instance.");
  var out = [];
  if (e === 0) return out;
  for (var x of r) { out.push(x); if (e !== undefined && out.length === e) break; }
  return out;
}
module.exports = _slicedToArray, module.exports.__esModule = true, module.exports["default"] = module.exports;
