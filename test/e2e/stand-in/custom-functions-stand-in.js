/*
 * CustomFunctions stand-in for Kvot's end-to-end tests. TEST ONLY: injected by Playwright with
 * page.addInitScript before the page's scripts run; never imported by src/ or shipped (the tests
 * check that no bundle in dist/ mentions __KVOT_CF_STANDIN__).
 *
 * It stands for the part of Excel's custom functions runtime Kvot's functions use: associate()
 * registers a function by its metadata id, and CustomFunctions.Error is what a function throws for
 * an error value (#VALUE!, #N/A …) with a message. Excel itself is not simulated: the test calls a
 * registered function with arguments as Excel passes them (a range as rows of values, "" for blank)
 * and an invocation with parameterAddresses, and gets its value or its error back.
 *
 * Output: window.__KVOT_CF_STANDIN__ = {
 *   ids(): string[]                                   registered ids, in order
 *   call(id, args, invocation): Promise<{ ok: true, value } | { ok: false, code, message }>
 *                                                     args: every parameter of the metadata, null if left out
 * }
 */
(function (window) {
  'use strict';

  var registry = Object.create(null);
  var order = [];

  function CustomFunctionsError(code, message) {
    this.code = code === undefined ? '#VALUE!' : code;
    this.message = message;
  }

  var customFunctions = {};
  var members = {
    associate: function (id, fn) {
      if (typeof id !== 'string' || typeof fn !== 'function') throw new TypeError('CustomFunctions.associate(id, function)');
      if (!(id in registry)) order.push(id);
      registry[id] = fn;
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: '#VALUE!',
      notAvailable: '#N/A',
      divisionByZero: '#DIV/0!',
      invalidNumber: '#NUM!',
      nullReference: '#NULL!',
    },
  };
  // Microsoft's office.js (served by the harness) installs its own CustomFunctions, whose associate
  // would call the native host, partly from strict-mode code (`window.CustomFunctions = … || {}`).
  // Accessors keep ours in place and let those assignments pass without effect or exception.
  function keep(target, name, value) {
    Object.defineProperty(target, name, {
      get: function () {
        return value;
      },
      set: function () {},
      enumerable: true,
      configurable: true,
    });
  }
  Object.keys(members).forEach(function (name) {
    keep(customFunctions, name, members[name]);
  });
  keep(window, 'CustomFunctions', customFunctions);

  window.__KVOT_CF_STANDIN__ = {
    ids: function () {
      return order.slice();
    },
    call: function (id, args, invocation) {
      var fn = registry[id];
      if (!fn) return Promise.reject(new Error('No custom function registered as ' + id));
      // Excel passes every parameter the metadata declares (null for an optional one left out), then
      // the invocation: the test gives all of them in `args`.
      var all = (args || []).concat([invocation || {}]);
      return Promise.resolve()
        .then(function () {
          return fn.apply(null, all);
        })
        .then(
          function (value) {
            return { ok: true, value: value };
          },
          function (error) {
            if (error instanceof CustomFunctionsError) return { ok: false, code: error.code, message: error.message };
            // Excel shows #VALUE! for any other exception; the test sees what it was.
            return { ok: false, code: '#VALUE!', message: 'unhandled: ' + (error && error.message ? error.message : String(error)) };
          },
        );
    },
  };
})(window);
