// @ts-check
// Inlined verbatim into index.html by build/routePreload.ts, and allowed there by its hash
// (build/csp.ts): any change here changes the policy README.md documents. It starts the
// downloads of the route in the address while the entry still loads, instead of a round
// trip after the entry has run (or after a script file of its own has arrived).
(function () {
  /** @type {{ pages: Record<string, string[]>, lessons: Record<string, string[]> }} */
  var table;
  try {
    table = JSON.parse((document.getElementById('route-files') || {}).textContent || '');
  } catch (_) {
    return;
  }
  if (!table || !table.pages || !table.lessons) return;
  /** @param {Record<string, string[]>} group @param {string | undefined} key @return {string[]} */
  var own = function (group, key) {
    return key !== undefined && Object.prototype.hasOwnProperty.call(group, key) ? group[key] : [];
  };
  // The hash read as src/lib/route.ts reads it: bounded, segments of [a-z0-9-] only, and
  // names looked up as own properties, so `#/constructor` or a long hash preloads nothing.
  var path = location.hash.slice(0, 4096).replace(/^#/, '').split('?')[0];
  var segments = path.split('/').filter(Boolean);
  if (segments.length === 0 || segments.length > 3) return;
  for (var i = 0; i < segments.length; i++) if (!/^[a-z0-9][a-z0-9-]{0,63}$/.test(segments[i])) return;
  var kind = segments[0];
  var slug = segments[1];
  /** @type {string[]} */
  var files = [];
  // `#/lesson/<slug>` paints its first screen from the first load and picks its section
  // later: preloading there would only compete with the entry for bandwidth.
  if (kind === 'lesson') files = segments[2] ? own(table.pages, kind).concat(own(table.lessons, slug)) : [];
  else if (kind === 'present' || kind === 'notes') files = slug ? own(table.pages, kind).concat(own(table.lessons, slug)) : [];
  else if (segments.length === 1) files = own(table.pages, kind);
  for (var j = 0; j < files.length; j++) {
    var link = document.createElement('link');
    if (/\.css$/.test(files[j])) {
      // Vite links a chunk's stylesheet in CORS mode: the same mode here, or the
      // preloaded copy is not the one used and the file is fetched twice.
      link.rel = 'preload';
      link.as = 'style';
      link.crossOrigin = '';
    } else link.rel = 'modulepreload';
    // Low priority: the entry and its stylesheet, which paint the shell, go first.
    link.fetchPriority = 'low';
    // Absolute, because Vite's preload helper skips a file it finds linked by that URL.
    link.href = new URL(files[j], document.baseURI).href;
    document.head.appendChild(link);
  }
})();
