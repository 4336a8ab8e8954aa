/* The in-page player: after Play has put a new <audio> element in the page, start it (a browser that
   refuses to start without a gesture leaves the controls to the user) and move the focus to it, so a
   keyboard user lands on the player's controls. */
window.callrec = window.callrec || {};
window.callrec.play = function () {
  var audio = document.getElementById("audio");
  if (!audio) {
    return;
  }
  audio.focus();
  var started = audio.play();
  if (started && started.catch) {
    started.catch(function () { /* the user starts it with the controls */ });
  }
};

/* The call's quality map under the player (see QualityMap.java): one row for what was recorded, with the
   on-demand start/stop points, one row per leg (its stretch marked lost/concealed or clean, with its counts),
   one row of DTMF digits. Every mark is a button that plays the recording from its time; the legend and a
   list of the same marks as text follow. Texts come from the message bundle through data-text-* attributes. */
window.callrec.drawQualityMap = function (figure) {
  if (!figure || figure.getAttribute("data-drawn")) {
    return;
  }
  var map;
  try {
    map = JSON.parse(figure.getAttribute("data-map"));
  } catch (e) {
    return;
  }
  figure.setAttribute("data-drawn", "true");
  var audio = document.getElementById(figure.getAttribute("data-audio"));
  var text = function (name) { return figure.getAttribute("data-text-" + name) || name; };
  var duration = Math.max(1, map.durationMillis);
  var time = function (ms) {
    var s = Math.max(0, ms) / 1000;
    var m = Math.floor(s / 60);
    var rest = (s - m * 60).toFixed(1);
    return m + ":" + (rest < 10 ? "0" : "") + rest;
  };
  var el = function (tag, className, content) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (content !== undefined) { e.textContent = content; }
    return e;
  };
  var listed = [];
  var mark = function (track, kind, startMs, endMs, label, content) {
    var b = el("button", "mark " + kind, content);
    b.type = "button";
    b.style.left = (100 * startMs / duration) + "%";
    if (endMs !== null) {
      b.style.width = Math.max(0.5, 100 * (endMs - startMs) / duration) + "%";
    }
    var described = time(startMs) + (endMs !== null ? "–" + time(endMs) : "") + " " + label;
    b.setAttribute("aria-label", text("seek").replace("{0}", described));
    b.title = described;
    b.setAttribute("data-at", (startMs / 1000).toString());
    b.addEventListener("click", function () {
      if (audio) {
        audio.currentTime = startMs / 1000;
      }
    });
    track.appendChild(b);
    listed.push({at: startMs, text: described});
  };
  var row = function (label, className) {
    var r = el("div", "map-row " + className);
    r.appendChild(el("span", "map-label", label));
    var track = el("div", "map-track");
    r.appendChild(track);
    rows.appendChild(r);
    return track;
  };
  var rows = el("div", "map-rows");
  var recorded = row(text("recorded"), "map-recorded");
  map.spans.forEach(function (s, i) {
    mark(recorded, "span", s.startMillis, s.endMillis, text("recorded") + (s.from ? " (" + s.from + " – " + s.to + ")" : ""));
    if (s.from) {
      mark(recorded, "point start", s.startMillis, null, text("start") + (s.startedBy ? " (" + s.startedBy + ")" : ""));
      mark(recorded, "point stop", s.endMillis, null, text("stop"));
    }
  });
  map.legs.forEach(function (leg) {
    var impaired = leg.lost > 0 || leg.concealedMillis > 0;
    var track = row(text("leg") + " " + leg.label, "map-leg");
    mark(track, "leg " + (impaired ? "loss" : "clean"), leg.startMillis, leg.endMillis, leg.label + ": " + (impaired
        ? leg.lost + " / " + leg.packets + " " + text("loss") + ", " + leg.concealedMillis + " ms concealed"
        : text("clean")));
  });
  if (map.dtmf.length) {
    var digits = row(text("dtmf"), "map-dtmf");
    map.dtmf.forEach(function (d) {
      mark(digits, "digit", d.atMillis, null, text("dtmf") + " " + d.digit, d.digit);
    });
  }
  figure.appendChild(rows);

  var legend = el("ul", "map-legend");
  legend.setAttribute("aria-label", text("legend"));
  [["span", text("recorded")], ["point start", text("start")], ["point stop", text("stop")],
   ["leg clean", text("clean")], ["leg loss", text("loss")], ["digit", text("dtmf")]].forEach(function (k) {
    var li = el("li");
    li.appendChild(el("span", "swatch " + k[0]));
    li.appendChild(document.createTextNode(k[1]));
    legend.appendChild(li);
  });
  figure.appendChild(legend);

  var details = el("details", "map-text");
  details.appendChild(el("summary", null, text("list")));
  var list = el("ul");
  listed.sort(function (a, b) { return a.at - b.at; }).forEach(function (m) { list.appendChild(el("li", null, m.text)); });
  details.appendChild(list);
  figure.appendChild(details);
};
