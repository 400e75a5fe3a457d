/*
 * Excel stand-in for Kvot's end-to-end tests. TEST ONLY: injected by Playwright with
 * page.addInitScript before the pane's bundle runs; never imported by src/ or shipped.
 *
 * Defines window.Excel with an in-memory workbook that supports exactly the Office.js surface Kvot's
 * adapter (src/excel) uses, with Office.js's deferred semantics: calls queue work, context.sync() runs
 * the queue in order, loaded properties can be read only after a sync, a failing operation rejects
 * the sync. And Office, in one of two ways (config.office):
 *   'stand-in' (default): window.Office is the stand-in's own (Excel on the web, ExcelApi up to 1.17, sv-SE).
 *   'office.js': Microsoft's office.js defines Office (the end-to-end harness serves it from the
 *     @microsoft/office-js package in place of the CDN). The stand-in plays the Office host office.js
 *     talks to, as Excel for Windows does through window.external: GetHostInfo names the host
 *     ("Excel$Win32$16.01$sv-SE…"), GetContext gives the add-in's context (locale, requirement sets
 *     {ExcelApi: maxExcelApi}, settings, theme). Office.onReady, Office.context.displayLanguage and
 *     Office.context.requirements.isSetSupported are then Microsoft's code. Excel stays the stand-in's:
 *     office.js's own Excel.run (which would call the native host) cannot replace it.
 *
 * Input:  window.__KVOT_STANDIN_WORKBOOK__ = {
 *           activeSheet: 'Blad1',
 *           sheets: { Blad1: { values: [[...]], numberFormats?: [[...]], topLeft?: 'A1',
 *                              tables?: [{ name: 'Regioner', address: 'A1:C22' }] } },
 *           selection: 'A1' | 'Blad1!B2:C3' | null   (null: a chart is selected),
 *           displayLanguage?: 'sv-SE', maxExcelApi?: '1.17', date1904?: false, office?: 'stand-in',
 *           payloadLimit?: 5000000 (refuse a sync carrying more bytes either way, as Excel on the web does),
 *           customXmlParts?: ['<root xmlns="urn:...">...</root>'] }
 *         Sheets may also say visibility: 'Hidden', and hiddenRows: [0-based sheet rows], hiddenColumns: [0-based sheet columns].
 *         A string value such as '#N/A' reads with valueType 'Error', as Excel's error cells do.
 * Output: window.__KVOT_STANDIN__ = { getValues, getFormulas, getNumberFormats, getFill, getBold,
 *           setValues, setSelection, selection, syncCount, eventsLog, runOptions,
 *           getSheetNames, getVisibility, getCharts, getMerges, getCustomXml,
 *           userEdit, flushEvents, changeEvents, payloads, ... }
 *
 * Worksheet change events: writes of values or formulas made through Excel.run while
 * context.runtime.enableEvents is on fire the sheet's onChanged handlers after the sync, with
 * triggerSource 'ThisLocalAddin' (ExcelApi 1.14, as Excel does); userEdit() fires them as a user's
 * edit would, with triggerSource 'Unknown'. Handlers run asynchronously; flushEvents() waits for them.
 */
(function (window) {
  'use strict';

  var config = window.__KVOT_STANDIN_WORKBOOK__ || { activeSheet: 'Blad1', sheets: { Blad1: { values: [] } }, selection: 'A1' };
  var MAX_ROW = 1048575;
  var MAX_COLUMN = 16383;

  // ---------------------------------------------------------------- addresses

  function columnLetters(column) {
    var letters = '';
    var n = column + 1;
    while (n > 0) {
      var rest = (n - 1) % 26;
      letters = String.fromCharCode(65 + rest) + letters;
      n = Math.floor((n - 1) / 26);
    }
    return letters;
  }

  function columnIndex(letters) {
    var n = 0;
    for (var i = 0; i < letters.length; i++) n = n * 26 + (letters.toUpperCase().charCodeAt(i) - 64);
    return n - 1;
  }

  function quoteSheetName(name) {
    var plain = /^[\p{L}_][\p{L}\p{N}_.]*$/u.test(name);
    var looksLikeCell = /^[A-Za-z]{1,3}\d+$/.test(name) || /^([Rr]\d*)?([Cc]\d*)?$/.test(name);
    return plain && !looksLikeCell ? name : "'" + name.replace(/'/g, "''") + "'";
  }

  function splitSheet(address) {
    var bang = address.lastIndexOf('!');
    if (bang < 0) return { sheet: null, local: address };
    var raw = address.slice(0, bang);
    var quoted = raw.length >= 2 && raw.charAt(0) === "'" && raw.charAt(raw.length - 1) === "'";
    return { sheet: quoted ? raw.slice(1, -1).replace(/''/g, "'") : raw, local: address.slice(bang + 1) };
  }

  function parseCell(text) {
    var m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(text.trim());
    if (!m) return null;
    var cell = { row: Number(m[2]) - 1, column: columnIndex(m[1]) };
    return cell.row >= 0 && cell.row <= MAX_ROW && cell.column <= MAX_COLUMN ? cell : null;
  }

  /** "A1:C3" → { r0, c0, r1, c1 } (0-based, inclusive); throws InvalidArgument otherwise. */
  function parseLocal(local) {
    var parts = local.split(':');
    var a = parseCell(parts[0]);
    var b = parts.length > 1 ? parseCell(parts[1]) : a;
    if (!a || !b || parts.length > 2) throw officeError('InvalidArgument', 'The address is not valid: "' + local + '"');
    return { r0: Math.min(a.row, b.row), c0: Math.min(a.column, b.column), r1: Math.max(a.row, b.row), c1: Math.max(a.column, b.column) };
  }

  function localOf(block) {
    var start = columnLetters(block.c0) + (block.r0 + 1);
    var end = columnLetters(block.c1) + (block.r1 + 1);
    return start === end ? start : start + ':' + end;
  }

  function addressOf(sheet, block) {
    return quoteSheetName(sheet.name) + '!' + localOf(block);
  }

  function intersect(a, b) {
    var block = { r0: Math.max(a.r0, b.r0), c0: Math.max(a.c0, b.c0), r1: Math.min(a.r1, b.r1), c1: Math.min(a.c1, b.c1) };
    return block.r0 <= block.r1 && block.c0 <= block.c1 ? block : null;
  }

  function contains(outer, inner) {
    return outer.r0 <= inner.r0 && outer.c0 <= inner.c0 && outer.r1 >= inner.r1 && outer.c1 >= inner.c1;
  }

  // ---------------------------------------------------------------- errors

  function officeError(code, message) {
    var error = new Error(code + ': ' + message);
    error.name = 'RichApi.Error';
    error.code = code;
    error.debugInfo = { code: code, message: message };
    return error;
  }

  // ---------------------------------------------------------------- the workbook model

  /**
   * Bytes of a value as JSON in UTF-8: what Office.js would carry in a request or a response. Proxies
   * (collection items) are not data; they count as nothing.
   */
  function jsonSize(value) {
    var text = JSON.stringify(value, function (key, item) {
      return item instanceof ClientObject ? undefined : item;
    });
    if (text === undefined) return 0;
    var bytes = text.length;
    for (var i = 0; i < text.length; i++) {
      var code = text.charCodeAt(i);
      if (code >= 0xd800 && code <= 0xdbff) { bytes += 2; i++; } else if (code > 0x7ff) bytes += 2; else if (code > 0x7f) bytes += 1;
    }
    return bytes;
  }

  function blankCell() {
    return { value: '', formula: null, numberFormat: 'General', fill: null, bold: false };
  }

  var sheetIds = 0;

  function Sheet(name, spec) {
    this.name = name;
    this.id = '{00000000-0001-0000-' + String(++sheetIds).padStart(4, '0') + '-000000000000}';
    this.visibility = spec.visibility || 'Visible';
    this.cells = new Map();
    this.tables = [];
    this.charts = [];
    this.merges = [];
    this.alignments = [];
    this.autofitted = [];
    this.formats = [];
    this.pageLayout = {};
    this.changeHandlers = [];
    this.hiddenRows = spec.hiddenRows || [];
    this.hiddenColumns = spec.hiddenColumns || [];
    var top = spec.topLeft ? parseLocal(spec.topLeft) : { r0: 0, c0: 0 };
    var values = spec.values || [];
    for (var r = 0; r < values.length; r++) {
      for (var c = 0; c < values[r].length; c++) {
        var format = spec.numberFormats && spec.numberFormats[r] ? spec.numberFormats[r][c] : undefined;
        var value = values[r][c];
        this.update(top.r0 + r, top.c0 + c, function (cell) {
          cell.value = value === null || value === undefined ? '' : value;
          if (typeof format === 'string') cell.numberFormat = format;
        });
      }
    }
    var tables = spec.tables || [];
    for (var t = 0; t < tables.length; t++) this.tables.push({ name: tables[t].name, block: parseLocal(tables[t].address) });
  }

  Sheet.prototype.cell = function (r, c) {
    return this.cells.get(r + ',' + c) || blankCell();
  };

  Sheet.prototype.update = function (r, c, change) {
    var cell = Object.assign({}, this.cell(r, c));
    if (cell.fill) cell.fill = Object.assign({}, cell.fill);
    change(cell);
    this.cells.set(r + ',' + c, cell);
  };

  Sheet.prototype.filled = function (r, c) {
    var cell = this.cells.get(r + ',' + c);
    return !!cell && (cell.value !== '' || cell.formula !== null);
  };

  Sheet.prototype.map = function (block, read) {
    var rows = [];
    for (var r = block.r0; r <= block.r1; r++) {
      var row = [];
      for (var c = block.c0; c <= block.c1; c++) row.push(read(this.cell(r, c)));
      rows.push(row);
    }
    return rows;
  };

  /** Bounding box of cells with values (valuesOnly) or also of formatted cells; null when none. */
  /** The used block of the sheet, or of the part of it inside `within` (range.getUsedRange). */
  Sheet.prototype.usedBlock = function (valuesOnly, within) {
    var block = null;
    this.cells.forEach(function (cell, key) {
      var formatted = cell.numberFormat !== 'General' || cell.fill !== null || cell.bold;
      if (!(cell.value !== '' || cell.formula !== null || (!valuesOnly && formatted))) return;
      var parts = key.split(',');
      var r = Number(parts[0]);
      var c = Number(parts[1]);
      if (within && (r < within.r0 || r > within.r1 || c < within.c0 || c > within.c1)) return;
      if (!block) block = { r0: r, c0: c, r1: r, c1: c };
      else block = { r0: Math.min(block.r0, r), c0: Math.min(block.c0, c), r1: Math.max(block.r1, r), c1: Math.max(block.c1, c) };
    });
    return block;
  };

  /** Excel's current region: grow from the cell while the ring around the block holds values. */
  Sheet.prototype.currentRegion = function (r, c) {
    var self = this;
    var b = { r0: r, c0: c, r1: r, c1: c };
    function rowFilled(row, c0, c1) {
      if (row < 0 || row > MAX_ROW) return false;
      for (var col = Math.max(c0, 0); col <= Math.min(c1, MAX_COLUMN); col++) if (self.filled(row, col)) return true;
      return false;
    }
    function columnFilled(col, r0, r1) {
      if (col < 0 || col > MAX_COLUMN) return false;
      for (var row = Math.max(r0, 0); row <= Math.min(r1, MAX_ROW); row++) if (self.filled(row, col)) return true;
      return false;
    }
    // Grow each side as far as it goes before looking at the others: the same region (growing only
    // ever adds), without checking every column's full height once per row of a long table.
    var changed = true;
    while (changed) {
      changed = false;
      while (rowFilled(b.r0 - 1, b.c0 - 1, b.c1 + 1)) { b.r0--; changed = true; }
      while (rowFilled(b.r1 + 1, b.c0 - 1, b.c1 + 1)) { b.r1++; changed = true; }
      while (columnFilled(b.c0 - 1, b.r0 - 1, b.r1 + 1)) { b.c0--; changed = true; }
      while (columnFilled(b.c1 + 1, b.r0 - 1, b.r1 + 1)) { b.c1++; changed = true; }
    }
    return b;
  };

  function Workbook(spec) {
    this.sheets = [];
    var names = Object.keys(spec.sheets || {});
    for (var i = 0; i < names.length; i++) this.sheets.push(new Sheet(names[i], spec.sheets[names[i]]));
    if (this.sheets.length === 0) this.sheets.push(new Sheet('Blad1', { values: [] }));
    this.active = this.sheet(spec.activeSheet) || this.sheets[0];
    this.selection = null;
    this.select(spec.selection === undefined ? 'A1' : spec.selection);
  }

  /** Excel finds sheets by name without regard to case. */
  Workbook.prototype.sheet = function (name) {
    var wanted = String(name).toLowerCase();
    for (var i = 0; i < this.sheets.length; i++) if (this.sheets[i].name.toLowerCase() === wanted) return this.sheets[i];
    return null;
  };

  /** worksheets.add: at the end, not activated; Excel's rules for names. */
  Workbook.prototype.addSheet = function (name) {
    if (typeof name !== 'string' || name.trim() === '' || name.length > 31 || /[\\/?*[\]:]/.test(name) || /^'|'$/.test(name)) {
      throw officeError('InvalidArgument', 'Not a valid sheet name: "' + name + '"');
    }
    if (this.sheet(name)) throw officeError('ItemAlreadyExists', 'A sheet named "' + name + '" already exists.');
    var sheet = new Sheet(name, { values: [] });
    this.sheets.push(sheet);
    return sheet;
  };

  /** Hiding: one sheet must stay visible; a hidden active sheet hands over to the first visible one. */
  Workbook.prototype.setVisibility = function (sheet, visibility) {
    if (['Visible', 'Hidden', 'VeryHidden'].indexOf(visibility) < 0) throw officeError('InvalidArgument', 'Not a visibility: ' + visibility);
    if (visibility !== 'Visible') {
      var others = this.sheets.filter(function (s) { return s !== sheet && s.visibility === 'Visible'; });
      if (others.length === 0) throw officeError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      sheet.visibility = visibility;
      if (this.active === sheet) {
        this.active = others[0];
        this.selection = { sheet: others[0], block: { r0: 0, c0: 0, r1: 0, c1: 0 } };
      }
      return;
    }
    sheet.visibility = visibility;
  };

  /** Selects "A1", "Blad1!B2:C3", or null for "a chart is selected". */
  Workbook.prototype.select = function (address) {
    if (address === null) {
      this.selection = null;
      return;
    }
    var parts = splitSheet(address);
    var sheet = parts.sheet === null ? this.active : this.sheet(parts.sheet);
    if (!sheet) throw officeError('ItemNotFound', 'No sheet "' + parts.sheet + '"');
    this.active = sheet;
    this.selection = { sheet: sheet, block: parseLocal(parts.local) };
  };

  var model = new Workbook(config);

  // ---------------------------------------------------------------- custom XML parts

  var partIds = 0;
  var xmlParts = [];

  /** The namespace of the root element, which getByNamespace matches. */
  function rootNamespace(xml) {
    var root = /<(?:[\w.-]+:)?[\w.-]+(\s[^>]*)?\/?>/.exec(String(xml).replace(/^<\?xml[^>]*\?>\s*/, ''));
    var ns = root && root[1] ? /\sxmlns(?::[\w.-]+)?\s*=\s*"([^"]*)"/.exec(root[1]) : null;
    return ns ? ns[1] : '';
  }

  /** What Excel's XML parser would refuse, as far as Kvot's parts go: no root, "]]>" in text, an open CDATA. */
  function checkXml(xml) {
    var text = String(xml);
    var outside = text.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
    if (!/^\s*(<\?xml[^>]*\?>\s*)?<[A-Za-z_]/.test(text) || outside.indexOf(']]>') >= 0 || outside.indexOf('<![CDATA[') >= 0) {
      throw officeError('InvalidArgument', 'The XML is not well formed.');
    }
  }

  function addPart(xml) {
    checkXml(xml);
    var part = { id: '{' + String(++partIds).padStart(8, '0') + '-0000-0000-0000-000000000000}', namespaceUri: rootNamespace(xml), xml: String(xml) };
    xmlParts.push(part);
    return part;
  }

  (config.customXmlParts || []).forEach(addPart);

  // ---------------------------------------------------------------- cell writes

  function checkShape(block, matrix, what) {
    var rows = block.r1 - block.r0 + 1;
    var columns = block.c1 - block.c0 + 1;
    var ok = Array.isArray(matrix) && matrix.length === rows && matrix.every(function (row) { return Array.isArray(row) && row.length === columns; });
    if (!ok) throw officeError('InvalidArgument', 'The ' + what + ' array does not match the size of the range ' + localOf(block));
  }

  function writeCells(target, matrix, what) {
    checkShape(target.block, matrix, what);
    for (var r = 0; r < matrix.length; r++) {
      for (var c = 0; c < matrix[r].length; c++) {
        var input = matrix[r][c];
        if (input === null || input === undefined) continue; // Office.js: null leaves the cell unchanged.
        target.sheet.update(target.block.r0 + r, target.block.c0 + c, function (cell) {
          if (what === 'numberFormat') {
            cell.numberFormat = String(input);
          } else if (typeof input === 'string' && input.charAt(0) === '=' && input.length > 1) {
            cell.formula = input; // Not evaluated: the stand-in keeps the formula text.
            cell.value = '';
          } else {
            cell.formula = null;
            cell.value = input;
          }
        });
      }
    }
  }

  function eachCell(target, change) {
    for (var r = target.block.r0; r <= target.block.r1; r++) for (var c = target.block.c0; c <= target.block.c1; c++) target.sheet.update(r, c, change);
  }

  // ---------------------------------------------------------------- request context and proxies

  var stats = { syncCount: 0, runCount: 0, eventsLog: [], runOptions: [], screenSuspensions: 0, unsyncedAtRunEnd: 0, changeEvents: [], handlerErrors: [], calculations: [], hostCalls: [], payloads: [] };
  var runtimeState = { enableEvents: true };

  // ---------------------------------------------------------------- worksheet change events

  /** Changes made during the current sync, fired once it has run (Excel raises events asynchronously). */
  var pendingChanges = [];
  var dispatching = Promise.resolve();

  var ERROR_TEXT = /^#(N\/A|REF!|VALUE!|DIV\/0!|NAME\?|NUM!|NULL!|SPILL!|CALC!)$/;

  /** Office.js valueTypes of a value: error texts are Errors, as in Excel. */
  function valueType(value) {
    if (value === '' || value === null || value === undefined) return 'Empty';
    if (typeof value === 'number') return 'Double';
    if (typeof value === 'boolean') return 'Boolean';
    return ERROR_TEXT.test(value) ? 'Error' : 'String';
  }

  function changeArgs(change) {
    var args = {
      address: localOf(change.block),
      changeType: 'RangeEdited',
      source: 'Local',
      type: 'WorksheetChanged',
      worksheetId: change.sheet.id,
    };
    if (maxApi >= versionNumber('1.14')) args.triggerSource = change.triggerSource;
    var single = change.block.r0 === change.block.r1 && change.block.c0 === change.block.c1;
    if (single && change.before && maxApi >= versionNumber('1.9')) {
      var after = change.sheet.cell(change.block.r0, change.block.c0).value;
      args.details = { valueBefore: change.before[0][0], valueAfter: after, valueTypeBefore: valueType(change.before[0][0]), valueTypeAfter: valueType(after) };
    }
    return args;
  }

  /** Queues onChanged for a change, unless this add-in's events are off (as Excel does). */
  function noteChange(sheet, block, triggerSource, before) {
    if (!runtimeState.enableEvents) return;
    pendingChanges.push({ sheet: sheet, block: block, triggerSource: triggerSource, before: before });
  }

  function dispatchChanges() {
    var changes = pendingChanges;
    pendingChanges = [];
    if (changes.length === 0) return dispatching;
    dispatching = dispatching
      .then(function () {
        return new Promise(function (resolve) { setTimeout(resolve, 0); });
      })
      .then(function () {
        var calls = [];
        changes.forEach(function (change) {
          var args = changeArgs(change);
          var handlers = change.sheet.changeHandlers.slice();
          stats.changeEvents.push({ sheet: change.sheet.name, address: args.address, triggerSource: change.triggerSource, handlers: handlers.length });
          handlers.forEach(function (handler) {
            calls.push(Promise.resolve().then(function () { return handler(args); }).catch(function (error) { stats.handlerErrors.push(String(error && error.message || error)); }));
          });
        });
        return Promise.all(calls);
      })
      .then(function () { return undefined; });
    return dispatching;
  }

  function Context() {
    this._queue = [];
    /** Bytes of cell data set since the last sync (the next request) and loaded by it (its response). */
    this._request = 0;
    this._response = 0;
    this.workbook = new WorkbookProxy(this);
    this.runtime = new RuntimeProxy(this);
    this.application = new ApplicationProxy(this);
  }

  Context.prototype.sync = function () {
    stats.syncCount++;
    var queue = this._queue;
    var self = this;
    this._queue = [];
    var payload = { request: this._request, response: 0 };
    this._request = 0;
    this._response = 0;
    stats.payloads.push(payload);
    var limit = config.payloadLimit || Infinity;
    return Promise.resolve().then(function () {
      // Excel on the web refuses a request over its limit before doing any of it.
      if (payload.request > limit) throw officeError('RequestPayloadSizeLimitExceeded', 'The request carries ' + payload.request + ' bytes.');
      try {
        for (var i = 0; i < queue.length; i++) queue[i]();
      } finally {
        // What was written before a failure stays written, and raises its events.
        dispatchChanges();
        payload.response = self._response;
        self._response = 0;
      }
      if (payload.response > limit) throw officeError('ResponsePayloadSizeLimitExceeded', 'The response carries ' + payload.response + ' bytes.');
      return undefined;
    });
  };

  /** Base of every proxy: a target resolved in queue order, and properties loaded at sync. */
  function ClientObject(context, resolve) {
    this._context = context;
    this._loaded = Object.create(null);
    this._resolved = false;
    this._target = undefined;
    var self = this;
    context._queue.push(function () {
      self._target = resolve();
      self._resolved = true;
    });
  }

  ClientObject.prototype._enqueue = function (action) {
    var self = this;
    this._context._queue.push(function () {
      action(self._target);
    });
  };

  ClientObject.prototype._get = function (name) {
    if (!(name in this._loaded)) throw officeError('PropertyNotLoaded', 'The property "' + name + '" is not available. Load it and call context.sync() first.');
    return this._loaded[name];
  };

  ClientObject.prototype.load = function (properties) {
    var names = [];
    if (properties === undefined) names = this._scalars.slice();
    else if (typeof properties === 'string') names = properties.split(',');
    else if (Array.isArray(properties)) names = properties.slice();
    else if (properties && typeof properties.select === 'string') names = properties.select.split(',');
    names = names.map(function (n) { return n.trim(); }).filter(function (n) { return n !== ''; });
    var self = this;
    this._enqueue(function (target) {
      for (var i = 0; i < names.length; i++) {
        var name = names[i];
        if (self._scalars.indexOf(name) < 0) throw officeError('InvalidArgument', 'The stand-in cannot load "' + name + '" on ' + self._kind);
        self._loaded[name] = target === null ? null : self._read(target, name);
        self._context._response += jsonSize(self._loaded[name]);
      }
    });
    return this;
  };

  Object.defineProperty(ClientObject.prototype, 'isNullObject', {
    get: function () {
      if (!this._resolved) throw officeError('PropertyNotLoaded', 'isNullObject is known after context.sync()');
      return this._target === null;
    },
  });

  function inherit(Child) {
    Child.prototype = Object.create(ClientObject.prototype);
    Child.prototype.constructor = Child;
  }

  function defineScalar(Proxy, name, setter) {
    Object.defineProperty(Proxy.prototype, name, {
      get: function () {
        return this._get(name);
      },
      set: setter
        ? function (value) {
            var copy = JSON.parse(JSON.stringify(value));
            this._context._request += jsonSize(value);
            this._enqueue(function (target) {
              setter(target, copy);
            });
          }
        : function () {
            throw officeError('InvalidArgument', name + ' is read-only');
          },
    });
  }

  function ClientResult() {
    this._set = false;
    this._value = undefined;
  }
  Object.defineProperty(ClientResult.prototype, 'value', {
    get: function () {
      if (!this._set) throw officeError('PropertyNotLoaded', 'The value is known after context.sync()');
      return this._value;
    },
  });
  function result(proxy, compute) {
    var out = new ClientResult();
    proxy._enqueue(function (target) {
      out._value = compute(target);
      out._set = true;
      proxy._context._response += jsonSize(out._value);
    });
    return out;
  }

  // -- workbook, worksheets, runtime, application

  function WorkbookProxy(context) {
    ClientObject.call(this, context, function () {
      return model;
    });
    this.worksheets = new WorksheetCollectionProxy(context);
    this.customXmlParts = new CustomXmlPartCollectionProxy(context);
  }
  inherit(WorkbookProxy);
  WorkbookProxy.prototype._kind = 'Workbook';
  WorkbookProxy.prototype._scalars = ['use1904DateSystem'];
  WorkbookProxy.prototype._read = function () {
    return config.date1904 === true;
  };
  defineScalar(WorkbookProxy, 'use1904DateSystem');
  WorkbookProxy.prototype.getSelectedRange = function () {
    return new RangeProxy(this._context, function () {
      if (!model.selection) throw officeError('InvalidSelection', 'The current selection is not a range (a chart is selected).');
      return { sheet: model.selection.sheet, block: model.selection.block };
    });
  };

  /** Fails an operation on a null object (from a *OrNullObject call), as Excel does. */
  function live(target, kind) {
    if (target === null || target === undefined) throw officeError('ItemNotFound', 'The ' + kind + ' does not exist (a null object).');
    return target;
  }

  function needApi(version, what) {
    if (versionNumber(version) > maxApi) throw officeError('ApiNotFound', what + ' needs ExcelApi ' + version + '.');
  }

  /** workbook.worksheets; items (with their names) after load('items/name') and a sync. */
  function WorksheetCollectionProxy(context) {
    ClientObject.call(this, context, function () {
      return model.sheets;
    });
  }
  inherit(WorksheetCollectionProxy);
  WorksheetCollectionProxy.prototype._kind = 'WorksheetCollection';
  WorksheetCollectionProxy.prototype._scalars = ['items', 'items/name'];
  WorksheetCollectionProxy.prototype._read = function (sheets) {
    var context = this._context;
    return sheets.map(function (sheet) {
      var proxy = new WorksheetProxy(context, null, sheet);
      proxy._loaded.name = sheet.name;
      return proxy;
    });
  };
  WorksheetCollectionProxy.prototype.load = function (properties) {
    ClientObject.prototype.load.call(this, properties);
    var self = this;
    this._enqueue(function () {
      var items = self._loaded.items || self._loaded['items/name'];
      self._loaded = Object.create(null);
      self._loaded.items = items;
    });
    return this;
  };
  Object.defineProperty(WorksheetCollectionProxy.prototype, 'items', {
    get: function () {
      return this._get('items');
    },
  });
  WorksheetCollectionProxy.prototype.add = function (name) {
    return new WorksheetProxy(this._context, function () {
      return model.addSheet(name);
    });
  };
  WorksheetCollectionProxy.prototype.getItemOrNullObject = function (name) {
    return new WorksheetProxy(this._context, function () {
      return model.sheet(name);
    });
  };
  WorksheetCollectionProxy.prototype.getActiveWorksheet = function () {
    return new WorksheetProxy(this._context, function () {
      return model.active;
    });
  };
  WorksheetCollectionProxy.prototype.getItem = function (name) {
    return new WorksheetProxy(this._context, function () {
      var sheet = model.sheet(name);
      if (!sheet) throw officeError('ItemNotFound', 'No worksheet named "' + name + '"');
      return sheet;
    });
  };

  function RuntimeProxy(context) {
    ClientObject.call(this, context, function () {
      return runtimeState;
    });
  }
  inherit(RuntimeProxy);
  RuntimeProxy.prototype._kind = 'Runtime';
  RuntimeProxy.prototype._scalars = ['enableEvents'];
  RuntimeProxy.prototype._read = function (state, name) {
    return state[name];
  };
  defineScalar(RuntimeProxy, 'enableEvents', function (state, value) {
    state.enableEvents = value === true;
    stats.eventsLog.push(state.enableEvents);
  });

  function ApplicationProxy(context) {
    this._context = context;
  }
  ApplicationProxy.prototype.suspendScreenUpdatingUntilNextSync = function () {
    this._context._queue.push(function () {
      stats.screenSuspensions++;
    });
  };
  /** Recorded, not performed: the stand-in evaluates no formulas. */
  ApplicationProxy.prototype.calculate = function (calculationType) {
    this._context._queue.push(function () {
      stats.calculations.push(String(calculationType));
    });
  };

  // -- worksheet

  /** A worksheet; `resolved` gives an item of a loaded collection, already known. */
  function WorksheetProxy(context, resolve, resolved) {
    if (resolve) ClientObject.call(this, context, resolve);
    else {
      this._context = context;
      this._loaded = Object.create(null);
      this._target = resolved;
      this._resolved = true;
    }
    var self = this;
    this.tables = new TableCollectionProxy(context, function () {
      // Resolved with every worksheet proxy, so a null worksheet gives a null collection rather than an error.
      return self._target ? self._target.tables.map(function (t) { return { sheet: self._target, table: t }; }) : null;
    });
    this.charts = new ChartCollectionProxy(this);
    this.onChanged = new ChangedEventProxy(this);
    this.pageLayout = new PageLayoutProxy(this);
  }
  inherit(WorksheetProxy);
  WorksheetProxy.prototype._kind = 'Worksheet';
  WorksheetProxy.prototype._scalars = ['name', 'id', 'visibility'];
  WorksheetProxy.prototype._read = function (sheet, name) {
    return sheet[name];
  };
  defineScalar(WorksheetProxy, 'name');
  defineScalar(WorksheetProxy, 'id');
  defineScalar(WorksheetProxy, 'visibility', function (sheet, visibility) {
    model.setVisibility(live(sheet, 'worksheet'), visibility);
  });

  /** worksheet.pageLayout (ExcelApi 1.9): what is set is recorded on the sheet at the next sync. */
  function PageLayoutProxy(worksheet) {
    var set = function (name, value) {
      var copy = JSON.parse(JSON.stringify(value));
      worksheet._enqueue(function (sheet) {
        needApi('1.9', 'PageLayout.' + name);
        live(sheet, 'worksheet').pageLayout[name] = copy;
      });
    };
    ['orientation', 'paperSize', 'centerHorizontally', 'zoom'].forEach(function (name) {
      Object.defineProperty(this, name, { set: function (value) { set(name, value); } });
    }, this);
    this.setPrintArea = function (area) { set('printArea', area); };
    this.setPrintTitleRows = function (rows) { set('printTitleRows', rows); };
    var footers = {};
    ['leftFooter', 'centerFooter', 'rightFooter'].forEach(function (name) {
      Object.defineProperty(footers, name, { set: function (value) { set('footer.' + name, value); } });
    });
    this.headersFooters = { defaultForAllPages: footers };
  }

  /** worksheet.onChanged (ExcelApi 1.7): add(handler) registers at the next sync and returns { context, remove }. */
  function ChangedEventProxy(worksheet) {
    this._worksheet = worksheet;
  }
  ChangedEventProxy.prototype.add = function (handler) {
    if (typeof handler !== 'function') throw officeError('InvalidArgument', 'onChanged.add needs a function');
    var worksheet = this._worksheet;
    var context = worksheet._context;
    worksheet._enqueue(function (sheet) {
      needApi('1.7', 'Worksheet.onChanged');
      live(sheet, 'worksheet').changeHandlers.push(handler);
    });
    return {
      context: context,
      // Excel removes a handler only through the context it was added in: queued there.
      remove: function () {
        context._queue.push(function () {
          var handlers = worksheet._target ? worksheet._target.changeHandlers : [];
          var at = handlers.indexOf(handler);
          if (at >= 0) handlers.splice(at, 1);
        });
      },
    };
  };

  WorksheetProxy.prototype.getRange = function (address) {
    var self = this;
    return new RangeProxy(this._context, function () {
      live(self._target, 'worksheet');
      var parts = splitSheet(address || '');
      if (parts.sheet !== null && parts.sheet !== self._target.name) throw officeError('InvalidArgument', 'The address ' + address + ' is not on ' + self._target.name);
      return { sheet: self._target, block: parseLocal(parts.local) };
    });
  };
  WorksheetProxy.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
    var self = this;
    return new RangeProxy(this._context, function () {
      var block = live(self._target, 'worksheet').usedBlock(valuesOnly === true);
      return block ? { sheet: self._target, block: block } : null;
    });
  };
  WorksheetProxy.prototype.activate = function () {
    this._enqueue(function (sheet) {
      live(sheet, 'worksheet');
      if (sheet.visibility !== 'Visible') throw officeError('InvalidOperation', 'A hidden sheet cannot be activated: ' + sheet.name);
      model.active = sheet;
      if (!model.selection || model.selection.sheet !== sheet) model.selection = { sheet: sheet, block: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  };

  // -- tables

  /** worksheet.tables; items after load('items/name') (or load('name')) and a sync. */
  function TableCollectionProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
  }
  inherit(TableCollectionProxy);
  TableCollectionProxy.prototype._kind = 'TableCollection';
  TableCollectionProxy.prototype._scalars = ['items', 'items/name', 'name'];
  TableCollectionProxy.prototype._read = function (entries) {
    var context = this._context;
    return entries.map(function (entry) {
      var table = new TableProxy(context, null);
      table._target = entry;
      table._resolved = true;
      table._loaded.name = entry.table.name;
      return table;
    });
  };
  TableCollectionProxy.prototype.load = function (properties) {
    ClientObject.prototype.load.call(this, properties);
    var self = this;
    this._enqueue(function () {
      var items = self._loaded.items || self._loaded['items/name'] || self._loaded.name;
      self._loaded = Object.create(null);
      self._loaded.items = items;
    });
    return this;
  };
  Object.defineProperty(TableCollectionProxy.prototype, 'items', {
    get: function () {
      return this._get('items');
    },
  });

  /** range.getTables(fullyContained): tables touching (or inside) the range. */
  function TableScopedCollectionProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
  }
  inherit(TableScopedCollectionProxy);
  TableScopedCollectionProxy.prototype._kind = 'TableScopedCollection';
  TableScopedCollectionProxy.prototype._scalars = [];
  TableScopedCollectionProxy.prototype.getCount = function () {
    return result(this, function (entries) {
      return entries.length;
    });
  };
  TableScopedCollectionProxy.prototype.getFirst = function () {
    var self = this;
    return new TableProxy(this._context, function () {
      if (self._target.length === 0) throw officeError('ItemNotFound', 'There is no table in the range.');
      return self._target[0];
    });
  };

  function TableProxy(context, resolve) {
    if (resolve) ClientObject.call(this, context, resolve);
    else {
      this._context = context;
      this._loaded = Object.create(null);
    }
  }
  inherit(TableProxy);
  TableProxy.prototype._kind = 'Table';
  TableProxy.prototype._scalars = ['name'];
  TableProxy.prototype._read = function (entry, name) {
    return entry.table[name];
  };
  defineScalar(TableProxy, 'name');
  TableProxy.prototype.getRange = function () {
    var self = this;
    return new RangeProxy(this._context, function () {
      return { sheet: self._target.sheet, block: self._target.table.block };
    });
  };

  // -- range

  function RangeProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
    this.format = new RangeFormatProxy(this);
  }
  inherit(RangeProxy);
  RangeProxy.prototype._kind = 'Range';
  RangeProxy.prototype._scalars = ['address', 'values', 'formulas', 'numberFormat', 'valueTypes', 'rowCount', 'columnCount', 'rowHidden', 'columnHidden'];
  RangeProxy.prototype._read = function (target, name) {
    var b = target.block;
    switch (name) {
      case 'address':
        return addressOf(target.sheet, b);
      case 'values':
        // Formulas are not evaluated: a formula cell reads as blank.
        return target.sheet.map(b, function (cell) { return cell.formula === null ? cell.value : ''; });
      case 'formulas':
        return target.sheet.map(b, function (cell) { return cell.formula === null ? cell.value : cell.formula; });
      case 'numberFormat':
        return target.sheet.map(b, function (cell) { return cell.numberFormat; });
      case 'valueTypes':
        // Formulas are not evaluated: a formula cell reads as blank, so its type is Empty.
        return target.sheet.map(b, function (cell) { return valueType(cell.formula === null ? cell.value : ''); });
      case 'rowCount':
        return b.r1 - b.r0 + 1;
      case 'rowHidden':
      case 'columnHidden':
        // [ExcelApi 1.2] true: all hidden, false: none, null: some.
        return allHidden(name === 'rowHidden' ? target.sheet.hiddenRows : target.sheet.hiddenColumns, name === 'rowHidden' ? b.r0 : b.c0, name === 'rowHidden' ? b.r1 : b.c1);
      default:
        return b.c1 - b.c0 + 1;
    }
  };
  defineScalar(RangeProxy, 'address');
  defineScalar(RangeProxy, 'rowCount');
  defineScalar(RangeProxy, 'columnCount');
  defineScalar(RangeProxy, 'rowHidden');
  defineScalar(RangeProxy, 'columnHidden');
  function allHidden(hidden, first, last) {
    var count = 0;
    for (var i = first; i <= last; i++) if (hidden.indexOf(i) >= 0) count++;
    return count === 0 ? false : count === last - first + 1 ? true : null;
  }
  /** A write through Excel.run: the sheet's change handlers hear of it as this add-in's own. */
  function addinWrite(target, matrix, what) {
    var before = target.sheet.map(target.block, function (cell) { return cell.formula === null ? cell.value : ''; });
    writeCells(target, matrix, what);
    noteChange(target.sheet, target.block, 'ThisLocalAddin', before);
  }
  defineScalar(RangeProxy, 'values', function (target, matrix) { addinWrite(target, matrix, 'values'); });
  defineScalar(RangeProxy, 'formulas', function (target, matrix) { addinWrite(target, matrix, 'formulas'); });
  defineScalar(RangeProxy, 'numberFormat', function (target, matrix) { writeCells(target, matrix, 'numberFormat'); });

  /** getRowProperties({ rowHidden: true }) [ExcelApi 1.9]: one entry per row of the range. */
  RangeProxy.prototype.getRowProperties = function (options) {
    needApi('1.9', 'getRowProperties');
    var wantHidden = !!(options && options.rowHidden);
    return result(this, function (target) {
      var rows = [];
      for (var r = target.block.r0; r <= target.block.r1; r++) {
        var row = { rowIndex: r };
        if (wantHidden) row.rowHidden = target.sheet.hiddenRows.indexOf(r) >= 0;
        rows.push(row);
      }
      return rows;
    });
  };

  /** getColumnProperties({ columnHidden: true }) [ExcelApi 1.9]: one entry per column of the range. */
  RangeProxy.prototype.getColumnProperties = function (options) {
    needApi('1.9', 'getColumnProperties');
    var wantHidden = !!(options && options.columnHidden);
    return result(this, function (target) {
      var columns = [];
      for (var c = target.block.c0; c <= target.block.c1; c++) {
        var column = { columnIndex: c };
        if (wantHidden) column.columnHidden = target.sheet.hiddenColumns.indexOf(c) >= 0;
        columns.push(column);
      }
      return columns;
    });
  };

  RangeProxy.prototype.getSurroundingRegion = function () {
    var self = this;
    return new RangeProxy(this._context, function () {
      var t = self._target;
      return { sheet: t.sheet, block: t.sheet.currentRegion(t.block.r0, t.block.c0) };
    });
  };

  /** range.getUsedRangeOrNullObject(valuesOnly) [1.4]: the used cells inside the range, or a null object. */
  RangeProxy.prototype.getUsedRangeOrNullObject = function (valuesOnly) {
    var self = this;
    return new RangeProxy(this._context, function () {
      needApi('1.4', 'Range.getUsedRangeOrNullObject');
      var t = live(self._target, 'range');
      var block = t.sheet.usedBlock(valuesOnly === true, t.block);
      return block ? { sheet: t.sheet, block: block } : null;
    });
  };

  RangeProxy.prototype.getTables = function (fullyContained) {
    var self = this;
    return new TableScopedCollectionProxy(this._context, function () {
      var t = self._target;
      return t.sheet.tables
        .filter(function (table) {
          return fullyContained ? contains(t.block, table.block) : intersect(t.block, table.block) !== null;
        })
        .map(function (table) { return { sheet: t.sheet, table: table }; });
    });
  };

  RangeProxy.prototype.getIntersectionOrNullObject = function (other) {
    var self = this;
    return new RangeProxy(this._context, function () {
      var a = self._target;
      var b = other._target;
      if (!a || !b || a.sheet !== b.sheet) return null;
      var block = intersect(a.block, b.block);
      return block ? { sheet: a.sheet, block: block } : null;
    });
  };

  RangeProxy.prototype.getCellProperties = function (options) {
    var wantFill = !!(options && options.format && options.format.fill);
    var wantFont = !!(options && options.format && options.format.font);
    return result(this, function (target) {
      return target.sheet.map(target.block, function (cell) {
        var format = {};
        if (wantFill) {
          var fill = {};
          if (options.format.fill.color) fill.color = cell.fill ? cell.fill.color : '#FFFFFF';
          if (options.format.fill.pattern) fill.pattern = cell.fill ? cell.fill.pattern : 'None';
          format.fill = fill;
        }
        if (wantFont) {
          var font = {};
          if (options.format.font.bold) font.bold = cell.bold;
          format.font = font;
        }
        return { format: format };
      });
    });
  };

  RangeProxy.prototype.setCellProperties = function (matrix) {
    var copy = JSON.parse(JSON.stringify(matrix));
    this._context._request += jsonSize(matrix);
    this._enqueue(function (target) {
      checkShape(target.block, copy, 'cell properties');
      for (var r = 0; r < copy.length; r++) {
        for (var c = 0; c < copy[r].length; c++) {
          var format = (copy[r][c] && copy[r][c].format) || {};
          target.sheet.update(target.block.r0 + r, target.block.c0 + c, function (cell) {
            if (format.fill) {
              if (format.fill.pattern === 'None') cell.fill = null;
              else if (format.fill.color) cell.fill = { color: format.fill.color.toUpperCase(), pattern: format.fill.pattern || 'Solid' };
            }
            if (format.font && typeof format.font.bold === 'boolean') cell.bold = format.font.bold;
          });
        }
      }
    });
  };

  RangeProxy.prototype.select = function () {
    this._enqueue(function (target) {
      model.active = target.sheet;
      model.selection = { sheet: target.sheet, block: target.block };
    });
  };

  /** range.merge(across) [1.2]: recorded per sheet; values other than the top-left one are dropped, as Excel does. */
  RangeProxy.prototype.merge = function (across) {
    this._enqueue(function (target) {
      needApi('1.2', 'Range.merge');
      var b = target.block;
      target.sheet.merges.push(localOf(b) + (across ? ' (across)' : ''));
      for (var r = b.r0; r <= b.r1; r++) {
        for (var c = b.c0; c <= b.c1; c++) {
          if ((r === b.r0 || across) && c === b.c0) continue;
          target.sheet.update(r, c, function (cell) { cell.value = ''; cell.formula = null; });
        }
      }
    });
  };

  function RangeFormatProxy(range) {
    this._range = range;
    this.fill = new RangeFillProxy(range);
    this.font = new RangeFontProxy(range);
    /** borders.getItem(edge).style: recorded per sheet with the other layout formats below. */
    this.borders = {
      getItem: function (edge) {
        var border = {};
        Object.defineProperty(border, 'style', { set: function (style) { recordFormat(range, 'borders.' + edge + '.style', style); } });
        return border;
      },
    };
  }
  /** Layout formats the stand-in does not model, recorded per sheet as { address, property, value }. */
  function recordFormat(range, property, value) {
    range._enqueue(function (target) {
      target.sheet.formats.push({ address: localOf(target.block), property: property, value: value });
    });
  }
  ['wrapText', 'verticalAlignment', 'rowHeight', 'columnWidth'].forEach(function (property) {
    Object.defineProperty(RangeFormatProxy.prototype, property, {
      set: function (value) { recordFormat(this._range, property, value); },
    });
  });
  Object.defineProperty(RangeFormatProxy.prototype, 'horizontalAlignment', {
    set: function (alignment) {
      var value = String(alignment);
      this._range._enqueue(function (target) {
        target.sheet.alignments.push({ address: localOf(target.block), alignment: value });
      });
    },
    get: function () {
      throw officeError('PropertyNotLoaded', 'The stand-in does not load format.horizontalAlignment');
    },
  });
  /** format.autofitColumns() [1.2]: recorded per sheet (the stand-in has no column widths). */
  RangeFormatProxy.prototype.autofitColumns = function () {
    this._range._enqueue(function (target) {
      needApi('1.2', 'RangeFormat.autofitColumns');
      target.sheet.autofitted.push(localOf(target.block));
    });
  };

  // -- charts: recorded on the sheet as { name, type, source, seriesBy, title, series, categoryAxis, position }

  function rangeAddressOf(range) {
    if (typeof range === 'string') return range;
    var target = live(range && range._target, 'range');
    return addressOf(target.sheet, target.block);
  }

  function ChartCollectionProxy(worksheet) {
    this._worksheet = worksheet;
  }
  /** charts.add(type, source, seriesBy): as Excel does for numbers without headers, one series per column (or row). */
  ChartCollectionProxy.prototype.add = function (type, source, seriesBy) {
    var worksheet = this._worksheet;
    return new ChartProxy(worksheet._context, function () {
      var sheet = live(worksheet._target, 'worksheet');
      var data = live(source._target, 'range');
      var byRows = seriesBy === 'Rows';
      var count = byRows ? data.block.r1 - data.block.r0 + 1 : data.block.c1 - data.block.c0 + 1;
      var series = [];
      for (var i = 0; i < count; i++) {
        var line = byRows
          ? { r0: data.block.r0 + i, c0: data.block.c0, r1: data.block.r0 + i, c1: data.block.c1 }
          : { r0: data.block.r0, c0: data.block.c0 + i, r1: data.block.r1, c1: data.block.c0 + i };
        series.push({ name: null, values: addressOf(data.sheet, line), xValues: null });
      }
      var chart = {
        name: 'Diagram ' + (sheet.charts.length + 1),
        type: String(type),
        source: addressOf(data.sheet, data.block),
        seriesBy: seriesBy === undefined ? 'Auto' : String(seriesBy),
        title: null,
        series: series,
        categoryAxis: {},
        position: null,
      };
      sheet.charts.push(chart);
      return chart;
    });
  };

  function ChartProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
    this.title = new ChartPartSetters(this, { text: function (chart, value) { chart.title = String(value); } });
    this.axes = {
      categoryAxis: new ChartPartSetters(this, {
        reversePlotOrder: function (chart, value) { needApi('1.7', 'ChartAxis.reversePlotOrder'); chart.categoryAxis.reversePlotOrder = value === true; },
        tickLabelSpacing: function (chart, value) { needApi('1.7', 'ChartAxis.tickLabelSpacing'); chart.categoryAxis.tickLabelSpacing = Number(value); },
      }),
    };
    this.series = new ChartSeriesCollectionProxy(this);
  }
  inherit(ChartProxy);
  ChartProxy.prototype._kind = 'Chart';
  ChartProxy.prototype._scalars = ['name'];
  ChartProxy.prototype._read = function (chart, name) {
    return chart[name];
  };
  defineScalar(ChartProxy, 'name');
  ChartProxy.prototype.setPosition = function (startCell, endCell) {
    this._enqueue(function (chart) {
      chart.position = { start: rangeAddressOf(startCell), end: endCell === undefined ? null : rangeAddressOf(endCell) };
    });
  };

  /** Write-only properties of a chart part (title, axis), applied to the chart at sync. */
  function ChartPartSetters(chart, setters) {
    var self = this;
    Object.keys(setters).forEach(function (name) {
      Object.defineProperty(self, name, {
        set: function (value) {
          var copy = JSON.parse(JSON.stringify(value));
          chart._enqueue(function (target) { setters[name](target, copy); });
        },
        get: function () {
          throw officeError('PropertyNotLoaded', 'The stand-in does not load chart ' + name);
        },
      });
    });
  }

  function ChartSeriesCollectionProxy(chart) {
    this._chart = chart;
  }
  ChartSeriesCollectionProxy.prototype.getItemAt = function (index) {
    var chart = this._chart;
    return new ChartSeriesProxy(chart._context, function () {
      var series = chart._target.series[index];
      if (!series) throw officeError('ItemNotFound', 'The chart has no series ' + index);
      return series;
    });
  };
  ChartSeriesCollectionProxy.prototype.add = function (name) {
    var chart = this._chart;
    return new ChartSeriesProxy(chart._context, function () {
      needApi('1.7', 'ChartSeriesCollection.add');
      var series = { name: name === undefined ? null : String(name), values: null, xValues: null };
      chart._target.series.push(series);
      return series;
    });
  };

  function ChartSeriesProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
  }
  inherit(ChartSeriesProxy);
  ChartSeriesProxy.prototype._kind = 'ChartSeries';
  ChartSeriesProxy.prototype._scalars = ['name'];
  ChartSeriesProxy.prototype._read = function (series, name) {
    return series[name];
  };
  defineScalar(ChartSeriesProxy, 'name', function (series, value) { series.name = String(value); });
  ChartSeriesProxy.prototype.setValues = function (range) {
    this._enqueue(function (series) {
      needApi('1.7', 'ChartSeries.setValues');
      series.values = rangeAddressOf(range);
    });
  };
  ChartSeriesProxy.prototype.setXAxisValues = function (range) {
    this._enqueue(function (series) {
      needApi('1.7', 'ChartSeries.setXAxisValues');
      series.xValues = rangeAddressOf(range);
    });
  };

  // -- custom XML parts (ExcelApi 1.5)

  function CustomXmlPartCollectionProxy(context) {
    this._context = context;
  }
  CustomXmlPartCollectionProxy.prototype.add = function (xml) {
    return new CustomXmlPartProxy(this._context, function () {
      needApi('1.5', 'customXmlParts');
      return addPart(xml);
    });
  };
  CustomXmlPartCollectionProxy.prototype.getByNamespace = function (namespaceUri) {
    return new CustomXmlPartScopedCollectionProxy(this._context, function () {
      needApi('1.5', 'customXmlParts');
      return xmlParts.filter(function (part) { return part.namespaceUri === namespaceUri; });
    });
  };

  /** The parts of one namespace, as they were when the collection was resolved. */
  function CustomXmlPartScopedCollectionProxy(context, resolve) {
    ClientObject.call(this, context, resolve);
  }
  inherit(CustomXmlPartScopedCollectionProxy);
  CustomXmlPartScopedCollectionProxy.prototype._kind = 'CustomXmlPartScopedCollection';
  CustomXmlPartScopedCollectionProxy.prototype._scalars = ['items', 'items/id'];
  CustomXmlPartScopedCollectionProxy.prototype._read = function (parts) {
    var context = this._context;
    return parts.map(function (part) {
      var proxy = new CustomXmlPartProxy(context, null, part);
      proxy._loaded.id = part.id;
      return proxy;
    });
  };
  CustomXmlPartScopedCollectionProxy.prototype.load = function (properties) {
    ClientObject.prototype.load.call(this, properties);
    var self = this;
    this._enqueue(function () {
      var items = self._loaded.items || self._loaded['items/id'];
      self._loaded = Object.create(null);
      self._loaded.items = items;
    });
    return this;
  };
  Object.defineProperty(CustomXmlPartScopedCollectionProxy.prototype, 'items', {
    get: function () {
      return this._get('items');
    },
  });
  /** The only part of the namespace; a null object when there are none or several. */
  CustomXmlPartScopedCollectionProxy.prototype.getOnlyItemOrNullObject = function () {
    var self = this;
    return new CustomXmlPartProxy(this._context, function () {
      return self._target.length === 1 ? self._target[0] : null;
    });
  };

  function CustomXmlPartProxy(context, resolve, resolved) {
    if (resolve) ClientObject.call(this, context, resolve);
    else {
      this._context = context;
      this._loaded = Object.create(null);
      this._target = resolved;
      this._resolved = true;
    }
  }
  inherit(CustomXmlPartProxy);
  CustomXmlPartProxy.prototype._kind = 'CustomXmlPart';
  CustomXmlPartProxy.prototype._scalars = ['id', 'namespaceUri'];
  CustomXmlPartProxy.prototype._read = function (part, name) {
    return part[name];
  };
  defineScalar(CustomXmlPartProxy, 'id');
  defineScalar(CustomXmlPartProxy, 'namespaceUri');
  CustomXmlPartProxy.prototype.getXml = function () {
    return result(this, function (part) {
      return live(part, 'custom XML part').xml;
    });
  };
  CustomXmlPartProxy.prototype.delete = function () {
    this._enqueue(function (part) {
      var at = xmlParts.indexOf(live(part, 'custom XML part'));
      if (at < 0) throw officeError('ItemNotFound', 'The custom XML part was already deleted.');
      xmlParts.splice(at, 1);
    });
  };

  function RangeFillProxy(range) {
    this._range = range;
  }
  Object.defineProperty(RangeFillProxy.prototype, 'color', {
    set: function (color) {
      var value = String(color).toUpperCase();
      this._range._enqueue(function (target) {
        eachCell(target, function (cell) { cell.fill = { color: value, pattern: 'Solid' }; });
      });
    },
    get: function () {
      throw officeError('PropertyNotLoaded', 'The stand-in does not load format.fill.color; use getCellProperties');
    },
  });
  RangeFillProxy.prototype.clear = function () {
    this._range._enqueue(function (target) {
      eachCell(target, function (cell) { cell.fill = null; });
    });
  };

  function RangeFontProxy(range) {
    this._range = range;
  }
  Object.defineProperty(RangeFontProxy.prototype, 'bold', {
    set: function (bold) {
      var value = bold === true;
      this._range._enqueue(function (target) {
        eachCell(target, function (cell) { cell.bold = value; });
      });
    },
    get: function () {
      throw officeError('PropertyNotLoaded', 'The stand-in does not load format.font.bold; use getCellProperties');
    },
  });

  // ---------------------------------------------------------------- globals

  /** Excel.run(batch), Excel.run(options, batch), or Excel.run(context, batch) to go on in an earlier context. */
  function run(first, second) {
    var batch = typeof first === 'function' ? first : second;
    var reused = first instanceof Context ? first : null;
    if (!reused) stats.runOptions.push(typeof first === 'function' ? null : first);
    if (typeof batch !== 'function') return Promise.reject(officeError('InvalidArgument', 'Excel.run needs a batch function'));
    stats.runCount++;
    var context = reused || new Context();
    return Promise.resolve()
      .then(function () {
        return batch(context);
      })
      .then(function (value) {
        // Real Office.js would drop these; count them so a test can see work that was never synced.
        stats.unsyncedAtRunEnd += context._queue.length;
        return value;
      });
  }

  var maxApi = versionNumber(config.maxExcelApi || '1.17');
  function versionNumber(text) {
    var parts = String(text).split('.');
    return Number(parts[0]) * 1000 + Number(parts[1] || 0);
  }

  var readyInfo = { host: 'Excel', platform: 'OfficeOnline' };
  var office = {
    HostType: { Excel: 'Excel', Word: 'Word', PowerPoint: 'PowerPoint', Outlook: 'Outlook', OneNote: 'OneNote', Project: 'Project', Access: 'Access' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac', iOS: 'iOS', Android: 'Android', Universal: 'Universal' },
    onReady: function (callback) {
      return new Promise(function (resolve) {
        setTimeout(function () {
          if (typeof callback === 'function') callback(readyInfo);
          resolve(readyInfo);
        }, 0);
      });
    },
    context: {
      displayLanguage: config.displayLanguage || 'sv-SE',
      officeTheme: undefined,
      requirements: {
        isSetSupported: function (name, version) {
          return name === 'ExcelApi' && versionNumber(version || '1.1') <= maxApi;
        },
      },
    },
  };

  function at(sheetName, address) {
    var sheet = model.sheet(sheetName);
    if (!sheet) throw new Error('Kvot stand-in: no sheet "' + sheetName + '"');
    return { sheet: sheet, block: parseLocal(address) };
  }

  var helpers = {
    /** Cell values; a formula cell (never evaluated here) shows its formula text. */
    getValues: function (sheetName, address) {
      var t = at(sheetName, address);
      return t.sheet.map(t.block, function (cell) { return cell.formula === null ? cell.value : cell.formula; });
    },
    getFormulas: function (sheetName, address) {
      var t = at(sheetName, address);
      return t.sheet.map(t.block, function (cell) { return cell.formula === null ? cell.value : cell.formula; });
    },
    getNumberFormats: function (sheetName, address) {
      var t = at(sheetName, address);
      return t.sheet.map(t.block, function (cell) { return cell.numberFormat; });
    },
    /** Fill colours ("#FFC7CE") or null for no fill. */
    getFill: function (sheetName, address) {
      var t = at(sheetName, address);
      return t.sheet.map(t.block, function (cell) { return cell.fill ? cell.fill.color : null; });
    },
    getBold: function (sheetName, address) {
      var t = at(sheetName, address);
      return t.sheet.map(t.block, function (cell) { return cell.bold; });
    },
    /** Simulates the user typing values into the sheet. */
    setValues: function (sheetName, address, values) {
      writeCells(at(sheetName, address), values, 'values');
    },
    /** Simulates the user selecting a range ("Blad1!B3") or a chart (null). */
    setSelection: function (address) {
      model.select(address);
    },
    selection: function () {
      return model.selection ? addressOf(model.selection.sheet, model.selection.block) : null;
    },
    activeSheet: function () {
      return model.active.name;
    },
    get syncCount() {
      return stats.syncCount;
    },
    get runCount() {
      return stats.runCount;
    },
    get eventsLog() {
      return stats.eventsLog.slice();
    },
    get enableEvents() {
      return runtimeState.enableEvents;
    },
    get runOptions() {
      return stats.runOptions.slice();
    },
    /** Each application.calculate(type) asked for, in order ("Full", …). */
    get calculations() {
      return stats.calculations.slice();
    },
    get screenSuspensions() {
      return stats.screenSuspensions;
    },
    /** Sheet names in tab order. */
    getSheetNames: function () {
      return model.sheets.map(function (sheet) { return sheet.name; });
    },
    /** 'Visible', 'Hidden' or 'VeryHidden'. */
    getVisibility: function (sheetName) {
      return at(sheetName, 'A1').sheet.visibility;
    },
    /** Charts added to the sheet: { name, type, source, seriesBy, title, series: [{ name, values, xValues }], categoryAxis, position }. */
    getCharts: function (sheetName) {
      return JSON.parse(JSON.stringify(at(sheetName, 'A1').sheet.charts));
    },
    /** Local addresses of the merged ranges, in the order merged. */
    getMerges: function (sheetName) {
      return at(sheetName, 'A1').sheet.merges.slice();
    },
    /** worksheet.pageLayout as set: { orientation, paperSize, printArea, printTitleRows, zoom, 'footer.leftFooter', … }. */
    getPageLayout: function (sheetName) {
      return JSON.parse(JSON.stringify(at(sheetName, 'A1').sheet.pageLayout));
    },
    /** Layout formats set on ranges (wrapText, rowHeight, columnWidth, borders), in order. */
    getFormats: function (sheetName) {
      return JSON.parse(JSON.stringify(at(sheetName, 'A1').sheet.formats));
    },
    /** The XML of every custom XML part whose root is in the namespace. */
    getCustomXml: function (namespaceUri) {
      return xmlParts.filter(function (part) { return part.namespaceUri === namespaceUri; }).map(function (part) { return part.xml; });
    },
    /**
     * Simulates the user typing values: writes them and fires the sheet's onChanged handlers
     * ({ address, changeType: 'RangeEdited', triggerSource: 'Unknown', worksheetId, ... }).
     * Resolves once the handlers have run.
     */
    userEdit: function (sheetName, address, values) {
      var target = at(sheetName, address);
      var before = target.sheet.map(target.block, function (cell) { return cell.formula === null ? cell.value : ''; });
      writeCells(target, values, 'values');
      noteChange(target.sheet, target.block, 'Unknown', before);
      return dispatchChanges();
    },
    /** Resolves once every change event raised so far has reached its handlers. */
    flushEvents: function () {
      return dispatchChanges();
    },
    /** Every onChanged event raised: { sheet, address, triggerSource, handlers (how many were called) }. */
    get changeEvents() {
      return stats.changeEvents.map(function (event) { return Object.assign({}, event); });
    },
    /** Messages of errors thrown by change handlers. */
    get handlerErrors() {
      return stats.handlerErrors.slice();
    },
    get unsyncedAtRunEnd() {
      return stats.unsyncedAtRunEnd;
    },
    /** Each sync's bytes of data sent (request) and loaded (response), as Excel on the web would carry them. */
    get payloads() {
      return stats.payloads.map(function (payload) { return { request: payload.request, response: payload.response }; });
    },
    /** With office: 'office.js', the calls office.js made into the host (window.external), in order. */
    get hostCalls() {
      return stats.hostCalls.slice();
    },
  };

  /**
   * The Office host that Microsoft's office.js asks for through window.external, as Excel for Windows
   * answers it: which host this is, and the add-in's context. Calls into the host (Execute: office.js's
   * telemetry; RegisterEvent: theme and visibility events) are accepted and never answered.
   */
  function installHost() {
    var locale = config.displayLanguage || 'sv-SE';
    var context = {
      GetAppType: function () { return 1; }, // Excel
      GetSolutionRef: function () { return 'kvot-e2e'; },
      GetAppVersionMajor: function () { return 16; },
      GetAppVersionMinor: function () { return 1; },
      GetAppUILocale: function () { return locale; },
      GetAppDataLocale: function () { return locale; },
      GetDocUrl: function () { return ''; },
      GetAppCapabilities: function () { return 0; },
      GetActivationMode: function () { return 0; },
      GetControlIntegrationLevel: function () { return 0; },
      GetSolutionToken: function () { return ''; },
      GetSupportedMatrix: function () { return JSON.stringify({ ExcelApi: config.maxExcelApi || '1.17' }); },
      GetHostFullVersion: function () { return '16.0.18000.10000'; },
      GetSettings: function () { return { Read: function () {}, Write: function () {} }; },
      GetOfficeThemeInfo: function () {
        return JSON.stringify({ primaryFontColor: 0x262626, primaryBackgroundColor: 0xffffff, secondaryFontColor: 0x404040, secondaryBackgroundColor: 0xf3f3f3 });
      },
    };
    var external = window.external || {};
    var host = {
      GetHostInfo: function () { return 'Excel$Win32$16.01$' + locale + '$$$$0'; },
      GetContext: function () { return context; },
      Execute: function () { stats.hostCalls.push('Execute'); },
      RegisterEvent: function () { stats.hostCalls.push('RegisterEvent'); },
      UnregisterEvent: function () { stats.hostCalls.push('UnregisterEvent'); },
      MessageParent: function () { stats.hostCalls.push('MessageParent'); },
      MessageChild: function () { stats.hostCalls.push('MessageChild'); },
    };
    Object.keys(host).forEach(function (name) {
      Object.defineProperty(external, name, { value: host[name], writable: false, configurable: true });
    });
    if (window.external !== external) Object.defineProperty(window, 'external', { value: external, configurable: true });
  }

  // Excel.run cannot be replaced: office.js's host script assigns its own (sloppy mode, so silently not).
  var excel = {};
  Object.defineProperty(excel, 'run', { value: run, writable: false, enumerable: true });
  Object.defineProperty(window, 'Excel', { value: excel, writable: false, configurable: true });
  if (config.office === 'office.js') installHost();
  // Read-only, so an office.js that loads later (e.g. from the CDN) cannot replace the stand-in.
  else Object.defineProperty(window, 'Office', { value: office, writable: false, configurable: true });
  window.__KVOT_STANDIN__ = helpers;
})(window);
