"use strict";
// See package.json: ziping's tooling never needs an OS credential store.
function unavailable() {
  return Promise.reject(new Error("keytar is not installed in ziping (no credential store is used)"));
}
module.exports = {
  getPassword: unavailable,
  setPassword: unavailable,
  deletePassword: unavailable,
  findPassword: unavailable,
  findCredentials: unavailable,
};
