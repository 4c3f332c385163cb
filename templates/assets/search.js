// Substring search over window.REPORTGEN_SEARCH_INDEX (written by the site builder into search-index.js).
// Japanese has no spaces between words, so a word index would miss most queries; a plain substring scan over
// a few hundred kilobytes is instant. Both the index and the query are normalised the same way (NFKC and lower
// case), so full-width ＳａＭＤ finds SaMD and half-width ｶﾀｶﾅ finds カタカナ. Several words separated by spaces
// must all occur. Results are built with textContent only: nothing from the index is ever parsed as HTML.
(function () {
  'use strict';

  var MAX_RESULTS = 200;
  var SNIPPET_BEFORE = 30;
  var SNIPPET_AFTER = 60;

  function normalise(text) {
    return String(text).normalize('NFKC').toLowerCase();
  }

  function termsOf(query) {
    return normalise(query).split(/\s+/).filter(function (t) { return t.length > 0; });
  }

  var prepared = null;

  function entries() {
    if (prepared === null) {
      var index = window.REPORTGEN_SEARCH_INDEX || { measures: [] };
      prepared = index.measures.map(function (m) {
        var title = normalise(m.title);
        var text = normalise(m.text);
        return { measure: m, title: title, text: text, haystack: normalise(m.id) + '\n' + title + '\n' + text };
      });
    }
    return prepared;
  }

  function search(query) {
    var terms = termsOf(query);
    if (terms.length === 0) {
      return { terms: terms, hits: [] };
    }
    var hits = entries().filter(function (e) {
      return terms.every(function (t) { return e.haystack.indexOf(t) >= 0; });
    });
    return { terms: terms, hits: hits };
  }

  // A stretch of the normalised text around the first term found, with every term occurrence marked.
  function snippet(entry, terms) {
    var text = entry.text;
    var first = -1;
    terms.forEach(function (t) {
      var at = text.indexOf(t);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    });
    var start = first < 0 ? 0 : Math.max(0, first - SNIPPET_BEFORE);
    var end = Math.min(text.length, (first < 0 ? 0 : first) + SNIPPET_AFTER + SNIPPET_BEFORE);
    var piece = text.slice(start, end).replace(/\n/g, ' ');
    var p = document.createElement('p');
    p.className = 'snippet';
    if (start > 0) {
      p.appendChild(document.createTextNode('…'));
    }
    var i = 0;
    while (i < piece.length) {
      var next = -1;
      var length = 0;
      terms.forEach(function (t) {
        var at = piece.indexOf(t, i);
        if (at >= 0 && (next < 0 || at < next || (at === next && t.length > length))) {
          next = at;
          length = t.length;
        }
      });
      if (next < 0) {
        p.appendChild(document.createTextNode(piece.slice(i)));
        break;
      }
      if (next > i) {
        p.appendChild(document.createTextNode(piece.slice(i, next)));
      }
      var mark = document.createElement('mark');
      mark.textContent = piece.slice(next, next + length);
      p.appendChild(mark);
      i = next + length;
    }
    if (end < text.length) {
      p.appendChild(document.createTextNode('…'));
    }
    return p;
  }

  function render(query, result, status, list) {
    while (list.firstChild) {
      list.removeChild(list.firstChild);
    }
    if (result.terms.length === 0) {
      status.textContent = '';
      return;
    }
    var shown = result.hits.slice(0, MAX_RESULTS);
    status.textContent = '「' + query.trim() + '」を含む施策: ' + result.hits.length + ' 件' +
      (result.hits.length > shown.length ? '（最初の ' + shown.length + ' 件を表示）' : '');
    shown.forEach(function (hit) {
      var m = hit.measure;
      var li = document.createElement('li');
      li.setAttribute('data-measure', m.id);
      var heading = document.createElement('p');
      heading.className = 'result-title';
      var a = document.createElement('a');
      a.href = m.url;
      a.textContent = m.title;
      heading.appendChild(a);
      heading.appendChild(document.createTextNode(' '));
      var id = document.createElement('span');
      id.className = 'measure-id';
      id.textContent = m.id;
      heading.appendChild(id);
      li.appendChild(heading);
      var goal = document.createElement('p');
      goal.className = 'goal';
      goal.textContent = m.goal;
      li.appendChild(goal);
      li.appendChild(snippet(hit, result.terms));
      list.appendChild(li);
    });
  }

  function start() {
    var form = document.getElementById('search-form');
    var input = document.getElementById('search-q');
    var status = document.getElementById('search-status');
    var list = document.getElementById('search-results');
    if (!form || !input || !status || !list) {
      return;
    }
    var run = function () {
      render(input.value, search(input.value), status, list);
    };
    var query = new URLSearchParams(window.location.search).get('q');
    if (query) {
      input.value = query;
      run();
    }
    // Typing filters at once; submitting reloads with ?q= so the result can be bookmarked.
    input.addEventListener('input', run);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  } else {
    start();
  }
}());
