/* helpgen's service worker (written by `helpgen build` as sw.js at the site's root; not in `helpgen serve`,
 * and browsers do not run service workers under file://). It keeps what a reader needs offline:
 * - pages the reader opened: from the network first (always the current page when online), from the
 *   cache "helpgen-pages" when offline;
 * - the stylesheet, the scripts and, once a page of a language was opened, that language's whole search
 *   index: in the cache "helpgen-<build>", named after a content hash of this build. A new build is a
 *   new sw.js, which the browser installs on the next visit; it deletes the caches of older builds.
 * Requests to other origins (a feedback endpoint) and anything but GET are left alone. */
"use strict";
var BUILD = "__HELPGEN_BUILD__";
var INDEX = __HELPGEN_INDEX__;
var ASSETS = "helpgen-" + BUILD;
var PAGES = "helpgen-pages";
var SCOPE = self.registration.scope;

self.addEventListener("install", function (e) {
  e.waitUntil(caches.open(ASSETS).then(function (c) {
    return c.addAll(["assets/helpgen.css", "assets/helpgen.js"].map(function (p) { return SCOPE + p; }));
  }).then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (e) {
  e.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("helpgen-") === 0 && k !== ASSETS && k !== PAGES; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

/** "search/en/t-0.js" ... for a language's prefix, from the ranges build wrote ("t": "0-63"). */
function indexFiles(prefix) {
  var kinds = INDEX[prefix];
  if (!kinds) return [];
  var out = [SCOPE + "search/" + prefix + "/meta.js"];
  Object.keys(kinds).forEach(function (kind) {
    kinds[kind].split(",").forEach(function (range) {
      var ab = range.split("-"), a = +ab[0], b = ab.length > 1 ? +ab[1] : a;
      for (var i = a; i <= b; i++) out.push(SCOPE + "search/" + prefix + "/" + kind + "-" + i + ".js");
    });
  });
  return out;
}

var saving = {};
/** After a page of a language was opened: its search index into the build's cache, once. */
function keepIndex(url) {
  var prefix = url.slice(SCOPE.length).split("/")[0];
  if (!INDEX[prefix] || saving[prefix]) return Promise.resolve();
  saving[prefix] = caches.open(ASSETS).then(function (c) {
    return Promise.all(indexFiles(prefix).map(function (f) {
      return c.match(f).then(function (hit) { return hit || c.add(f); });
    }));
  }).catch(function () { saving[prefix] = null; });
  return saving[prefix];
}

function page(e) {
  var req = e.request;
  return caches.open(PAGES).then(function (c) {
    return fetch(req).then(function (res) {
      if (res.ok && res.type === "basic") {
        c.put(req.url.split("#")[0], res.clone());
        e.waitUntil(keepIndex(req.url));
      }
      return res;
    }, function (err) {
      return c.match(req.url.split("#")[0], { ignoreSearch: true }).then(function (hit) {
        if (hit) return hit;
        throw err;
      });
    });
  });
}

function asset(req) {
  return caches.open(ASSETS).then(function (c) {
    return c.match(req, { ignoreSearch: true }).then(function (hit) {
      return hit || fetch(req).then(function (res) {
        if (res.ok && res.type === "basic") c.put(req, res.clone());
        return res;
      });
    });
  });
}

self.addEventListener("fetch", function (e) {
  var req = e.request;
  if (req.method !== "GET" || req.url.indexOf(SCOPE) !== 0) return;
  if (req.mode === "navigate") e.respondWith(page(e));
  else if (/\/(assets|search)\//.test(req.url.slice(SCOPE.length - 1))) e.respondWith(asset(req));
});
